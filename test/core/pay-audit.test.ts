/**
 * Issue 11, "Pay and facts": one test per point of the line-by-line audit of the pay answers,
 * driven through the real assistant as a user types them.
 */
import { describe, expect, test } from 'vitest';
import { renderPlainText, type Reply } from '../../src/core/index.ts';
import { ArgumentError, parseMinimumPayArgs } from '../../src/core/commands.ts';
import type { Role } from '../../src/knowledge/index.ts';
import { ask } from '../support/assistant.ts';

async function text(q: string, now?: string, as?: Role): Promise<{ reply: Reply; text: string }> {
  const reply = await ask({ q, now, as });
  return { reply, text: renderPlainText(reply) };
}

describe('Professionalisation from 26: the higher of the SMIC and 85 % of the SMC', () => {
  test('GIVEN /salaire-min M2 CPRO 31 smc=2400 THEN 2 040,00 € labelled « 85 % du SMC », never « 100 % du SMC »', async () => {
    const { reply, text: t } = await text('/salaire-min M2 CPRO 31 smc=2400');
    expect(reply.data?.monthlyGross).toBe(2040);
    expect(t).toContain('85 % du SMC');
    expect(t).not.toContain('100 % du SMC');
    expect(t).toContain('le plus élevé du SMIC et de 85 % du SMC');
  });

  test('GIVEN a low SMC at 31 THEN the SMIC decides and the label says 100 % du SMIC', async () => {
    const { reply, text: t } = await text('/salaire-min M2 CPRO 31 smc=1900');
    expect(reply.data?.base).toBe('SMIC');
    expect(t).toContain('100 % du SMIC');
  });

  test('GIVEN professionalisation at 23 THEN no SMC is asked for (80 % of the SMIC alone)', async () => {
    const { text: t } = await text('/salaire-min M2 CPRO 23');
    expect(t).toContain('80 % du SMIC');
    expect(t).not.toContain('smc=');
  });

  test('GIVEN professionalisation at 23 with an SMC THEN the answer says the SMC is not used', async () => {
    const { reply, text: t } = await text('/salaire-min M2 CPRO 23 smc=2400');
    expect(reply.data?.base).toBe('SMIC');
    expect(t).toContain("Le SMC indiqué n'entre pas dans le calcul");
  });

  test('GIVEN professionalisation at 31 without an SMC THEN it asks for one, with 85 %', async () => {
    const { text: t } = await text('/salaire-min M2 CPRO 31');
    expect(t).toContain('85 % du salaire minimum de votre branche ou de votre entreprise (SMC)');
  });

  test('GIVEN a professionalisation band change THEN it cites D6325 articles, not D6222-31 (an apprenticeship article)', async () => {
    const byAge = await text('/salaire-min M2 CPRO 23');
    expect(byAge.text).toContain('D6325-15');
    expect(byAge.text).not.toContain('D6222-31');
    const byBirth = await text('/salaire-min L3I CPRO 20/01/2006');
    expect(byBirth.text).toMatch(/tranche « 21 à 25 ans » \(à 21 ans, 1er du mois suivant l'anniversaire, art\. D6325-15/);
    expect(byBirth.text).not.toContain('D6222-31');
  });

  test('GIVEN a professionalisation reply THEN it carries no apprentice net-pay note nor its source', async () => {
    const { text: t } = await text('/salaire-min M2 CPRO 31 smc=2400');
    expect(t).not.toMatch(/Net ≠ brut/);
    expect(t).not.toContain('Apprentices: net pay');
    const apprentice = await text('/salaire-min M2 CAPP 23');
    expect(apprentice.text).toMatch(/Net ≠ brut/);
  });
});

describe('Two-year Master timelines cover the whole contract', () => {
  test('GIVEN /salaire-min Master CAPP 20/03/2005 in November 2026 THEN the timeline runs to the estimated end of the M2, with the M1 → M2 step labelled as estimated', async () => {
    const { reply, text: t } = await text('/salaire-min Master CAPP 20/03/2005');
    const rows = reply.data?.timeline as Array<{ from: string; to: string; rate: number; changes: string[] }>;
    expect(rows.at(-1)?.to).toBe('2028-09-03');
    const step = rows.find((r) => r.changes.some((c) => c.includes('passage de M1 en M2')));
    expect(step?.from).toBe('2027-09-03');
    expect(step?.rate).toBe(61);
    expect(step?.changes.join(' ')).toContain('date estimée');
    expect(t).toContain('Les dates du Master 2026/2028 ne sont pas encore dans les documents');
    expect(t).toContain('Début du M2 2027/2028 pas encore publié');
  });

  test('GIVEN /salaire-min M1 CAPP with a birth date in the 2025/2026 M1 THEN the step uses the documented M2 start (03/09/2026), not labelled as estimated', async () => {
    const { reply, text: t } = await text('/salaire-min M1 CAPP 20/03/2005', '2026-01-15');
    const rows = reply.data?.timeline as Array<{ from: string; to: string; rate: number; changes: string[] }>;
    expect(rows.at(-1)?.to).toBe('2027-09-03');
    const step = rows.find((r) => r.changes.some((c) => c.includes('passage de M1 en M2')));
    expect(step?.from).toBe('2026-09-03');
    expect(step?.changes.join(' ')).not.toContain('estimée');
    expect(t).not.toContain('pas encore dans les documents');
  });
});

describe('Apprenticeship from 30', () => {
  test('GIVEN /salaire-min M2 CAPP 31 THEN the under-30 condition, the exceptions and the professionalisation alternative are said, with §2.1.2 and Figure 2', async () => {
    const { text: t } = await text('/salaire-min M2 CAPP 31');
    expect(t).toContain("l'apprentissage suppose d'avoir moins de 30 ans au jour du début du contrat");
    expect(t).toContain('sauf exceptions');
    expect(t).toContain('contrat de professionnalisation');
    expect(t).toContain('§2.1.2, Figure 2');
  });

  test('GIVEN an apprentice of 29 THEN no such caveat', async () => {
    const { text: t } = await text('/salaire-min M2 CAPP 29');
    expect(t).not.toContain('moins de 30 ans');
  });
});

describe('The timeline lists only band, SMIC and M1 → M2 changes', () => {
  test('GIVEN an apprentice turning 22 during the contract THEN no « passage à 22 ans » (21–25 is one band)', async () => {
    const { reply, text: t } = await text('/salaire-min M2 CAPP 20/01/2005', '2026-09-10');
    expect(t).not.toMatch(/passage à 22 ans|à 22 ans/);
    const rows = reply.data?.timeline as Array<{ changes: string[] }>;
    for (const change of rows.flatMap((r) => r.changes)) expect(change).toMatch(/^tranche «|SMIC|passage de M1 en M2/);
  });

  test('GIVEN an apprentice turning 21 during the contract THEN the new band is a change, citing D6222-31', async () => {
    const { text: t } = await text('/salaire-min M2 CAPP 20/01/2006', '2026-09-10');
    expect(t).toContain("tranche « 21 à 25 ans » (à 21 ans, 1er du mois suivant l'anniversaire, art. D6222-31)");
  });
});

describe('Values typed into answer texts are derived from the data', () => {
  test('GIVEN a date after the last known SMIC THEN the note names knownUntil from law/smic.yaml (31/12/2026)', async () => {
    const { text: t } = await text('/salaire-min M2 CAPP 23 date=01/02/2027');
    expect(t).toContain('Le SMIC au-delà du 31/12/2026');
    const grid = await text('/salaire-min M2 CPRO 23 date=01/02/2027');
    expect(grid.text).toContain('31/12/2026');
  });
});

describe('/salaire-min options for the previous contract rate (D6222-29) and the +15-point increases (D6222-30)', () => {
  test('GIVEN taux-precedent=78 in M1 at 21 THEN 78 % is kept, not the grid 53 %', async () => {
    const { reply, text: t } = await text('/salaire-min M1 CAPP 21 taux-precedent=78');
    expect(reply.data?.rate).toBe(78);
    expect(reply.data?.gridRate).toBe(53);
    expect(t).toContain('D6222-29');
  });

  test('GIVEN majorations=1 in L3I at 22 THEN 78 % + 15 points = 93 %', async () => {
    const { reply } = await text('/salaire-min L3I CAPP 22 majorations=1');
    expect(reply.data?.rate).toBe(93);
  });

  test('GIVEN the options written with an accent or a percent sign THEN they are read', () => {
    expect(parseMinimumPayArgs('M1 CAPP 21 taux-précédent=78%')).toMatchObject({ previousRate: 78 });
    expect(parseMinimumPayArgs('M1 CAPP 21 majorations=2')).toMatchObject({ increases: 2 });
  });

  test.each([
    ['M1 CAPP 21 taux-precedent=180', 'taux-precedent', /entre 1 et 100/],
    ['M1 CAPP 21 majorations=1.5', 'majorations', /nombre entier/],
    ['M1 CPRO 21 majorations=1', 'contrat', /ne valent que pour un contrat d'apprentissage/],
  ])('GIVEN « %s » THEN the %s argument is named', (args, argument, message) => {
    try {
      parseMinimumPayArgs(args);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ArgumentError);
      expect((error as ArgumentError).argument).toBe(argument);
      expect((error as ArgumentError).message).toMatch(message);
    }
  });
});

describe('Dates that depend on the time of year', () => {
  test('GIVEN /contrat-dates M2 CAPP in June 2026 (2025/2026 start window closed in December) THEN the 2026/2027 windows, saying which year is shown and why', async () => {
    const { reply, text: t } = await text('/contrat-dates M2 CAPP', '2026-06-15');
    expect(reply.data?.academicYear).toBe('2026/2027');
    expect(reply.data?.ddcMin).toBe('2026-06-03');
    expect(t).toContain("la fenêtre de début de contrat de 2025/2026 est close (depuis le 04/12/2025) : un nouveau contrat est pour l'année 2026/2027");
  });

  test('GIVEN /contrat-dates M2 CAPP in November 2026 (2026/2027 window still open) THEN the current year', async () => {
    const { reply, text: t } = await text('/contrat-dates M2 CAPP', '2026-11-24');
    expect(reply.data?.academicYear).toBe('2026/2027');
    expect(t).toContain("Dates de l'année universitaire en cours");
  });

  test('GIVEN /contrat-dates M2 CAPP in December 2026 (2027/2028 not in the documents) THEN it says so and shows 2026/2027 for reference only', async () => {
    const { reply, text: t } = await text('/contrat-dates M2 CAPP', '2026-12-10');
    expect(reply.data?.missingYear).toBe('2027/2028');
    expect(t).toContain("un nouveau contrat est pour l'année 2027/2028.");
    expect(t).toContain('à titre indicatif seulement');
  });

  test('GIVEN « qui est le directeur ? » in spring 2026 THEN RAMADOUR for 2025/2026 and THUILLIER for the recruitments of spring 2026 (2026/2027), in French and English', async () => {
    const fr = await text('Qui est le directeur de la MIAGE pour un recrutement ?', '2026-04-15');
    expect(fr.text).toContain('RAMADOUR');
    expect(fr.text).toContain("Pour un recrutement ou un contrat de l'année 2026/2027 : M. Etienne THUILLIER");
    const en = await text('who is the director of the MIAGE? it is for a recruitment', '2026-04-15');
    expect(en.text).toContain('For a recruitment or a contract of the 2026/2027 year: M. Etienne THUILLIER');
    const later = await text('Qui est le directeur de la MIAGE ?', '2026-11-24');
    expect(later.text).toContain('THUILLIER');
    expect(later.text).not.toContain('RAMADOUR');
  });
});

describe('Role-aware deadlines', () => {
  test('GIVEN a student asking how long they have to send a sick note THEN 48 h ouvrées to the company, the company’s 10 jours ouvrables named as the other side', async () => {
    const { reply, text: t } = await text("j'ai combien de temps pour envoyer mon arrêt maladie ?", undefined, 'student');
    expect(reply.data?.deadlineId).toBe('delai-arret-etudiant');
    expect(t.indexOf('48 h ouvrées')).toBeLessThan(t.indexOf('10 jours ouvrables'));
    expect(t).not.toContain('/arret-maladie');
  });

  test('GIVEN an HR person giving the date of the note (« établi le 16/11/2026 ») THEN the date 27/11/2026 and /arret-maladie', async () => {
    const { reply, text: t } = await text('arrêt maladie établi le 16/11/2026, date limite ?', undefined, 'hr');
    expect(reply.data?.deadline).toBe('2026-11-27');
    expect(t).toContain('27/11/2026');
    expect(t).toContain('/arret-maladie');
  });

  test('GIVEN the same in English THEN the date too', async () => {
    const { reply } = await text('sick note issued on 16/11/2026, what is the deadline to send it?', undefined, 'hr');
    expect(reply.data?.deadline).toBe('2026-11-27');
  });
});

describe('Internship gratification: the guide is outdated', () => {
  test('GIVEN /salaire-min M2 stage THEN the guide’s 4,35 € and « 8 semaines » (§4.2.3) are said outdated, citing the guide and the legal updates', async () => {
    const { text: t } = await text('/salaire-min M2 stage');
    expect(t).toContain('Le guide (§4.2.3) est dépassé');
    expect(t).toContain('4,35 €');
    expect(t).toContain('« 8 semaines »');
    expect(t).toContain('plus de 44 jours ou 308 heures');
    expect(t).toContain('guide 2025/2026, §4.2.3');
    expect(t).toContain('Internship gratification');
  });
});

describe('The documents disagree with themselves: say so, and which passage the assistant follows', () => {
  test('GIVEN revision half-days THEN §2.2.3 (« count in the 5 days ») and §4.4.1 (« ne s’applique donc pas ») are both stated, §4.4.1 followed', async () => {
    const { text: t } = await text("J'ai pas cours une demi-journée marquée en formation, je dois aller en entreprise ?");
    expect(t).toContain('§2.2.3');
    expect(t).toContain('§4.4.1');
    expect(t).toContain("L'assistant suit le §4.4.1");
  });

  test('GIVEN tutor visits THEN « 1 ou 2 » (§3.1), « 2 » (§4.6) and « au moins 2 » (M2 description §3.8) are stated, §4.6 followed', async () => {
    const { text: t } = await text('Quand ont lieu les visites du tuteur universitaire ?');
    expect(t).toContain('« 1 ou 2 visites » au §3.1');
    expect(t).toContain('« au moins 2 par an » (§3.8)');
    expect(t).toContain("L'assistant suit le §4.6");
  });

  test('GIVEN professional absences THEN table 8 (responsable) and §4.3.2 (Direction) are stated, §4.3.2 followed', async () => {
    const { text: t } = await text("Mon entreprise a besoin de moi un jour de cours, c'est possible ?");
    expect(t).toContain('le Tableau 8');
    expect(t).toContain('nomme le responsable de l\'alternance');
    expect(t).toContain("L'assistant suit le §4.3.2");
  });

  test('GIVEN a contract start date THEN both mission-validation constraints are given with their dates (10 jours ouvrables before, validation a week before the start)', async () => {
    const { reply, text: t } = await text('Date limite de la fiche de validation pour un contrat qui démarre le 01/09/2026 ?');
    expect(t).toContain('validation au plus tard le mardi 25/08/2026');
    expect(t).toContain('fiche envoyée au plus tard le mercredi 12/08/2026');
    expect(reply.data?.deadline).toBe('2026-08-12');
  });
});

describe('« I was an apprentice in L3I, can my pay drop in M1? »', () => {
  test.each([
    ["J'étais apprenti en L3I, mon salaire peut-il baisser en M1 ?", 'D6222-29'],
    ['I was an apprentice in L3I, can my pay drop in M1?', 'D6222-29'],
  ])('GIVEN « %s » THEN the previous-rate floor (%s) and the option to compute it', async (q, article) => {
    const { text: t } = await text(q);
    expect(t).toContain(article);
    expect(t).toContain('taux-precedent=');
  });
});

describe('What the documents say and the bot could not answer', () => {
  test.each([
    ['Quels sont les enseignements du parcours I2D du M2 ?', ["Paradigmes avancés d'exploitation de données, 8 ECTS", '(CM/TD 10/20)', 'Professionnalisation, 15 ECTS']],
    ['Quels cours en M2 MIAGE parcours ISIE ?', ["Systèmes d'information spécialisés, 7 ECTS", 'Enterprise Resource Planning (9/18)']],
    ["Jusqu'à quand le M2 MIAGE est-il habilité ?", ['septembre 2024', 'septembre 2029', '31/08/2029']],
    ['La pré-rentrée du M2 est-elle obligatoire ?', ['obligatoire']],
    ['Y a-t-il une session de rattrapage en M2 MIAGE ?', ['session unique', 'M3C']],
    ['Qui compose le jury du M2 ?', ['au moins pour moitié', 'enseignants-chercheurs']],
    ['La MIAGE est-elle certifiée ISO 9001 ?', ['ISO 9001:2015', 'AFNOR']],
    ['Peut-on changer de parcours en M2 ?', ['modifiée rapidement après la rentrée du M2']],
    ['Quels métiers après le M2 MIAGE ?', ['16 classes de métiers', 'architecte de données informatiques', 'consultant SI CRM']],
    ['Combien de temps en entreprise pour la certification Ionis-STM expert en management des SI ?', ['6 mois']],
    ["Qui décide du niveau d'entrée chez Ionis-STM ?", ["jury d'admission", 'niveau 5']],
    ['Quel est le taux d\'insertion de la certification Ionis-STM expert en management des SI ?', ['2020 : 81 certifiés', '96 %', 'RNCP9102']],
    ["Peut-on entrer au mastère SII de l'Icam par dérogation ?", ['40 %', '30 %', '60 %']],
    ["Comment est composé le jury du mastère SII de l'Icam ?", ['3 membres', 'responsable pédagogique des formations MS']],
    ["Jusqu'à quand le diplôme d'ingénieur informatique de Polytech Montpellier peut-il être délivré ?", ['31/12/2034', '05/03/2026']],
    ["Un apprenti en situation de handicap a besoin d'une année supplémentaire, que se passe-t-il ?", ['93 %', 'note 27']],
  ])('GIVEN « %s » THEN the documents’ answer', async (q, facts) => {
    const { text: t } = await text(q);
    for (const fact of facts) expect(t).toContain(fact);
  });
});

describe('The pay points in English', () => {
  test('GIVEN an English question on professionalisation at 31 with a branch minimum THEN 2 040,00 € as 85 % of the SMC, in English', async () => {
    const { reply, text: t } = await text("I'm 31, M2 professionalisation contract, branch minimum 2400 €: what is my minimum pay?");
    expect(reply.data?.monthlyGross).toBe(2040);
    expect(t).toContain('85 % of the SMC — the higher of the SMIC and 85 % of the SMC');
    expect(t).not.toContain('100 % of the SMC');
  });

  test('GIVEN an English question from an apprentice of 31 THEN the under-30 caveat in English', async () => {
    const { text: t } = await text('I am 31, apprentice in M2, what is my minimum pay?');
    expect(t).toContain('apprenticeship requires being under 30 on the day the contract starts');
  });

  test('GIVEN an English question on the internship allowance THEN the outdated-guide note in English', async () => {
    const { text: t } = await text('How much is the minimum gratification for a work-study internship?');
    expect(t).toContain('The guide (§4.2.3) is outdated on two points');
  });
});

describe('A work-study internship’s gratification for a month: hours a day × days × the hourly minimum', () => {
  test('GIVEN 6 h a day and 9 days this month THEN the month’s amount first, with how it is computed', async () => {
    const text = renderPlainText(await ask({ q: 'stage en alternance : 9 jours ce mois à 6h par jour, combien de gratification au minimum ?' }));
    expect(text.split('\n')[0]).toContain('243,00 €');
    expect(text).toContain('6 h par jour × 9 jours');
  });

  test('GIVEN 30 h a day THEN the problem is named, never an amount', async () => {
    const r = await ask({ q: 'stage en alternance 30 h par jour et 10 jours, combien de gratification ?' });
    expect(r.kind).toBe('error');
    expect(renderPlainText(r)).toContain('entre 1 et 24 heures par jour');
  });
});
