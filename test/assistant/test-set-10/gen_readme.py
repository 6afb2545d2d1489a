# testset14 — independent test set, written from the seeds alone.
"""Writes README.md with the counts read back from the generated YAML files."""
from collections import Counter

import yaml

from common import detect_lang

TOPICS = {
    'pay-app': 'pay, apprenticeship (table 6, age bands, birth dates, past SMIC values, SMC, +15 points, D6222-29/-28)',
    'pay-cpro': 'pay, professionalisation contract (table 7, 65/80/100 %, 85 % SMC)',
    'smic': 'SMIC values (LEGAL-UPDATES table, 35 x 52 / 12 h)',
    'net': 'net vs gross pay (contracts signed before/after 2025-03-01, 50 % / 79 % thresholds)',
    'tax': 'income-tax exemption of apprentice pay',
    'family': 'family allowances (55 % of SMIC)',
    'gratif': 'internship gratification (4.35 -> 4.50 EUR/h, > 2 months rule, monthly formula)',
    'dates': 'contract date rules (table 5, footnotes 23/24, 2026/2027 windows, legal bases)',
    'validation': 'mission validation (form, password, 1-10 working days, one mission only, calendar)',
    'admin': 'after validation (DPAE, URSSAF, CACTUS, SFCA originals, foreign students / APT)',
    'absences': 'absences and sick leave (48 h ouvrées, 10 jours ouvrables with holidays, professional absences)',
    'rhythm': 'rhythm and calendar (weekdays per year, M2 trap, vacations, ADE vs calendar, telework, hours of day)',
    'hours': 'training hours (590/516, 544/463, 512/436, revision half-days not billed)',
    'sites': 'sites (Forbin Aix, îlot du Bois Marseille, M2 address)',
    'costs': 'costs and OPCO (8 116 / 8 231 EUR, reste à charge)',
    'status': 'statuses and contracts (FI/FC, CAPP/CPRO/CSTAGEALT, 30-year rule, L3G, M2 compulsory, glossary)',
    'tutors': 'tutors, visits, tutor change (avenant), livret d\'alternance',
    'rupture': 'breaking a contract (bordereau, DDETS/OPCO, same type / other company, mediation)',
    'revision': 'revision leave (apprentices vs CPRO, loi Macron)',
    'redoublement': 'repeating a year (L3I/M1/M2, 25 % / 402 h, 150 h)',
    'contacts': 'contacts (tables 8-10, SFCA, CFA, DIRECCTE -> DREETS/DDETS, 2026/2027 direction)',
    'm2': 'M2 programme sheet (RNCP 39490, BCC/UE/ECTS, courses, admission, pre-rentrée, ISO 9001)',
    'rncp': 'other RNCP sheets (39580 Icam, 35284 Ionis-STM, 42008 Polytech Montpellier)',
    'clarify': 'clarification needed (contract type / formation missing)',
    'fallback': 'in scope but not in the documents',
    'out': 'out of scope',
}


def main():
    qs = yaml.safe_load(open('questions-a.yaml', encoding='utf-8')) + yaml.safe_load(open('questions-b.yaml', encoding='utf-8'))
    ds = yaml.safe_load(open('dialogues.yaml', encoding='utf-8'))
    mq = {m['id']: m for m in yaml.safe_load(open('meta-questions.yml', encoding='utf-8'))}
    md = {m['id']: m for m in yaml.safe_load(open('meta-dialogues.yml', encoding='utf-8'))}
    role = Counter(q['as'] for q in qs)
    lang = Counter(detect_lang(q['q']) for q in qs)
    scope = Counter(q.get('scope', 'in') for q in qs)
    kind = Counter(q.get('kind', '-' if q.get('scope') else 'answer') for q in qs)
    yn = Counter(q['startsWith'] for q in qs if 'startsWith' in q)
    two_need = sum(1 for q in qs if len(q.get('expectAny', [])) + len(q.get('expect', [])) >= 2)
    topic = Counter(mq[q['id']]['topic'] for q in qs)
    dtopic = Counter(md[d['id']]['topic'] for d in ds)
    turns = [t for d in ds for t in d['dialogue']]
    drole = Counter(d['as'] for d in ds)
    dlen = Counter(len(d['dialogue']) for d in ds)
    tlang = Counter(detect_lang(t['q']) for t in turns)
    tkind = Counter(t.get('kind', '-' if t.get('scope') else 'answer') for t in turns)
    tyn = sum(1 for t in turns if 'startsWith' in t)
    tout = sum(1 for t in turns if t.get('scope') == 'out')

    L = []
    w = L.append
    w('# testset14 — independent test set for the MIAGE Aix-Marseille work-study chat-bot')
    w('')
    w('Written from the seeds alone, reference date **Wednesday 2026-11-25** (`now` of every item), academic year 2026/2027.')
    w('It is meant to measure the bot, never to tune it.')
    w('')
    w('## Sources read (and nothing else)')
    w('')
    w('- `/work/shared/seeds/README.md` (list of documents and known traps)')
    w('- `/work/shared/seeds/001_1b58e6cf34c82c9d.txt` — work-study guide 2025/2026 (main source)')
    w('- `/work/shared/seeds/000_be5ef69d281ff3cf.txt` — M2 MIAGE programme sheet (RNCP 39490, 2026/2027 direction)')
    w('- `/work/shared/seeds/002_7681315298ddc204.txt` — RNCP 39580 (Icam Strasbourg-Europe)')
    w('- `/work/shared/seeds/003_128a245c2e9e26cc.txt` — RNCP 35284 (Ionis-STM)')
    w('- `/work/shared/seeds/004_1caa223e87e0283d.txt` — RNCP 42008 (Polytech Montpellier)')
    w('- `/work/shared/LEGAL-UPDATES.md` — newer facts; they win over the guide (SMIC 1 867,02 EUR since 2026-06-01, '
      'gratification 4,50 EUR/h in 2026, +15 points, net pay rule, DREETS/DDETS, 48 h ouvrées, holidays)')
    w('')
    w('## Files')
    w('')
    w('| file | content |')
    w('| --- | --- |')
    w('| `questions-a.yaml` | q001–q150 |')
    w('| `questions-b.yaml` | q151–q300 |')
    w(f'| `dialogues.yaml` | d001–d{len(ds):03d} (2–4 turns each) |')
    w('| `common.py` | SMIC table, Decimal half-up pay computation (monthly route and hourly route, both accepted when they differ by a cent), age-band rule (1st of the month after the birthday), jours ouvrables/ouvrés with French holidays, date/amount spelling variants, language heuristic, YAML dumper |')
    w('| `gen_questions.py` | builds the two question files (fixed seed 14 for the order) |')
    w('| `gen_dialogues.py` | builds `dialogues.yaml` (fixed seed 14) |')
    w('| `gen_readme.py` | writes this README from the generated files |')
    w('| `validate.py` | structure, ids, keys, roles, `now`, startsWith vs language, no expectations on clarify/fallback/out, 2–4 turns, duplicate question text; prints counts |')
    w('| `meta-questions.yml`, `meta-dialogues.yml` | internal tags (language, topic) used only for the statistics below |')
    w('')
    w('Rebuild: `python3 gen_questions.py && python3 gen_dialogues.py && python3 gen_readme.py && python3 validate.py`.')
    w('')
    w('## Counts — single questions')
    w('')
    n = len(qs)
    w(f'- total: **{n}**')
    w('- by role: ' + ', '.join(f'{k} {v} ({100 * v / n:.0f} %)' for k, v in role.most_common()))
    w('- by language: ' + ', '.join(f'{k} {v} ({100 * v / n:.0f} %)' for k, v in lang.most_common()))
    w('- by scope: ' + ', '.join(f'{k} {v}' for k, v in scope.most_common()))
    w('- by kind: ' + ', '.join(f'{k} {v}' for k, v in kind.most_common()) + ' (`-` = out of scope)')
    w(f'- yes/no (startsWith): {sum(yn.values())} — ' + ', '.join(f'{k} {v}' for k, v in sorted(yn.items())))
    w(f'- items with two or more expectation groups (incl. two-need questions): {two_need}')
    w('')
    w('## Counts — dialogues')
    w('')
    w(f'- dialogues: **{len(ds)}**, turns: {len(turns)} (' + ', '.join(f'{k} turns: {v}' for k, v in sorted(dlen.items())) + ')')
    w('- by role: ' + ', '.join(f'{k} {v}' for k, v in drole.most_common()))
    w('- turn language: ' + ', '.join(f'{k} {v}' for k, v in tlang.most_common()))
    w('- turn kind: ' + ', '.join(f'{k} {v}' for k, v in tkind.most_common()) + f'; yes/no turns: {tyn}; out-of-scope turns: {tout}')
    w('- patterns: follow-ups changing one detail (contract type, year, date, "and in English?"), clarification answered '
      'in words, next question on the same subject ("et j\'envoie ça à qui ?"), two dialogues starting out of scope then coming back.')
    w('')
    w('## Topic coverage')
    w('')
    w('| topic | questions | dialogues |')
    w('| --- | ---: | ---: |')
    for t, label in TOPICS.items():
        w(f'| {label} | {topic.get(t, 0)} | {dtopic.get(t, 0)} |')
    w('')
    w('## Conventions and computations')
    w('')
    w('- Pay: SMIC in force on the date asked (1 801,80 / 1 823,03 / 1 867,02 EUR), percentage from tables 6/7, '
      'Decimal, half-up to the cent; both `monthly x %` and `hourly x 35 x 52 / 12 x %` are accepted when they differ '
      '(e.g. 78 %: 1 456,27 or 1 456,28). Amounts are given in French and English spellings.')
    w('- Age bands change on the 1st of the month after the 18th/21st/26th birthday (a birthday on 1 December moves the band on 1 January).')
    w('- Apprenticeship grid year: M1 = 1st year, M2 = 2nd year (even without alternance in M1), L3I = 3rd year.')
    w('- 2026/2027 windows derived from table 5 + footnote 24: M2 DDF 03/09/2026, DFF 03/09/2027; apprenticeship '
      'DDC 03/06–03/12/2026, professionalisation DDC 03/07–03/12/2026, internship DDC ≥ 03/09/2026; DFC 03/09–03/11/2027 '
      '(internship DFC ≤ 03/09/2027).')
    w('- Jours ouvrables = Monday–Saturday minus public holidays (sick note of Monday 2026-12-21 -> Monday 2027-01-04); '
      '48 h ouvrées = 2 jours ouvrés (Friday 2026-11-27 -> Tuesday 2026-12-01).')
    w('- Direction of the MIAGE for 2026/2027: M. Etienne Thuillier (M2 sheet); the guide\'s table 10 names the 2025/2026 director.')
    w('- The M2 weekly rhythm follows the figure (Mon–Wed in the company, Thu–Sat morning in training), not §2.2.1\'s text.')
    w('')
    with open('README.md', 'w', encoding='utf-8') as f:
        f.write('\n'.join(L) + '\n')
    print('README.md written')


if __name__ == '__main__':
    main()
