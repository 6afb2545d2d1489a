import { describe, expect, test } from 'vitest';
import { renderPlainText } from '../../src/core/index.ts';
import { isNegated, isYesNoQuestion } from '../../src/core/question-kind.ts';
import { ask } from '../support/assistant.ts';

const folded = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^a-z0-9]+/g, ' ').trim();
const yesNo = (s: string) => isYesNoQuestion(s, folded(s));
/** The reply's first line, where its Oui/Non stands. */
const first = (q: string) => ask({ q }).then((r) => renderPlainText(r).split('\n')[0]);

describe('yes/no questions are told from open ones (issue 10)', () => {
  test.each([
    'un mot du médecin ça suffit ?',
    "le stagiaire il a droit aux congés d'un salarié ?",
    'Peut-on garder notre apprentie un jeudi ?',
    "L'entreprise doit-elle envoyer l'arrêt ?",
    'est-ce que la pré-rentrée est obligatoire',
    'je peux sécher vendredi',
    'Our apprentice sent it to the MIAGE himself. Is that enough?',
    'les heures de cours comptent comme du travail ou pas ?',
    'un certificat du médecin ça suffit quand on est apprenti ?',
  ])('GIVEN « %s » THEN a yes/no question', (q) => {
    expect(yesNo(q)).toBe(true);
  });

  test.each(['c qui le respo alternance ?', 'quand commence le M2 ?', 'combien je touche ?', 'le M2 c’est où ?', 'What is the M2 rhythm?', 'la fiche RNCP 39580 c’est quoi ?', "Que se passe-t-il en cas d'absence injustifiée ?", "qu'est-ce qu'un OPCO ?", 'Am I an executive or a technician in my master?', 'je dois faire quoi ?', 'le lien pour remplir la fiche de validation ?', 'ton mail ?', 'c’est quand on a la paie ?', 'à partir de quand il touche plus ?'])('GIVEN « %s » THEN not a yes/no question', (q) => {
    expect(yesNo(q)).toBe(false);
  });

  test('GIVEN « ne … que » (only) THEN not negated', () => {
    expect(isNegated(folded('notre entreprise ne signe que des contrats pro, c est possible ?'))).toBe(false);
    expect(isNegated(folded('ce n est que deux jours, ça passe ?'))).toBe(false);
    expect(isNegated(folded('on ne peut que signer en pro, ce n est pas possible ?'))).toBe(true);
  });

  test('GIVEN « ou pas » THEN not negated; GIVEN « ne … pas » THEN negated (no verdict, it could read the wrong way round)', () => {
    expect(isNegated(folded('ça compte ou pas ?'))).toBe(false);
    expect(isNegated(folded("ce n'est pas obligatoire ?"))).toBe(true);
  });
});

describe('a verdict only for the contract and formation asked about (issue 10)', () => {
  test('GIVEN revision days asked for an apprentice THEN never the professionalisation contract’s « Oui »', async () => {
    for (const q of ['en apprentissage on a des jours pour réviser ?', "apprenti, j'ai des jours de revision ?"]) {
      const text = renderPlainText(await ask({ q }));
      expect(text.split('\n')[0], q).not.toMatch(/^Oui : en contrat de professionnalisation/);
      expect(text, q).toContain('apprenti');
    }
  });

  test('GIVEN revision days asked in English for apprentices THEN never the professionalisation contract’s reason', async () => {
    const first = renderPlainText(await ask({ q: 'Are revision days paid for apprentices?' })).split('\n')[0]!;
    expect(first).not.toMatch(/professionalisation/);
  });

  test('GIVEN revision days asked for a professionalisation contract THEN its own answer', async () => {
    const text = renderPlainText(await ask({ q: 'en contrat pro on a des jours pour réviser ?' }));
    expect(text).toContain('professionnalisation');
  });
});

describe('no verdict said with confidence from a question that only looks alike (issue 10)', () => {
  test('GIVEN a question whose predicate differs (« obligatoire » vs « possible ») THEN no « Oui » taken from the other', async () => {
    const first = renderPlainText(await ask({ q: 'le M1 en alternance, c est obligatoire ?' })).split('\n')[0]!;
    expect(first).not.toMatch(/^Oui/);
  });

  test('GIVEN « la même entreprise » THEN never the verdict of « une autre entreprise »', async () => {
    const first = renderPlainText(await ask({ q: 'après une rupture je peux resigner un contrat dans la même boite ?' })).split('\n')[0]!;
    expect(first).not.toMatch(/^Oui/);
  });

  test('GIVEN only an end date (« peut-il se terminer le … ? ») THEN it is checked as the end, not as the start', async () => {
    const r = await ask({ q: "Mon contrat d'apprentissage du Master 2025/2027 peut-il se terminer le 31/08/2027 ?" });
    expect(r.data.proposal).toEqual({ ddc: null, dfc: '2027-08-31' });
    expect(renderPlainText(r).split('\n')[0]).toMatch(/^(Oui|Non) — Dates .* \(fin le 31\/08\/2027\)/);
  });
});

describe('a verdict from a rule when the rule decides (issue 10)', () => {
  test.each([
    ["j'ai 32 ans, est-ce que je peux signer en apprentissage ?", /^Non : à 32 ans/],
    ['je peux devenir apprenti à 24 ans ?', /^Oui : à 24 ans/],
  ])('GIVEN « %s » THEN the age limit answers', async (q, expected) => {
    const text = renderPlainText(await ask({ q }));
    expect(text.split('\n')[0]).toMatch(expected);
    expect(text).toContain('L6222-2');
  });

  test('GIVEN a condition the known question does not state (« alors qu’il est en cours ») THEN no verdict taken from it', async () => {
    const first = renderPlainText(await ask({ q: 'le tuteur universitaire peut faire sa visite un vendredi alors que mon alternant de M1 est en cours ?', as: 'tutor' })).split('\n')[0]!;
    expect(first).not.toMatch(/^Oui/);
  });

  test('GIVEN a telework share THEN the verdict comes from the documents’ maximum (25 %), not from « can I telework? »', async () => {
    expect(renderPlainText(await ask({ q: 'teletravail 2 jours sur 3 c ok ?' })).split('\n')[0]).toMatch(/^Non : 67 %.*25 %/);
    expect(renderPlainText(await ask({ q: 'je peux faire du télétravail 1 jour sur 5 ?' })).split('\n')[0]).toMatch(/^Oui : 20 %/);
  });

  test('GIVEN a question about a problem (« c’est trop tard ? », « c’est illégal ? ») THEN no « Oui »/« Non » that would read the wrong way round', async () => {
    const late = renderPlainText(await ask({ q: 'je commence mon apprentissage le 1er décembre en M2, c’est trop tard ?' })).split('\n')[0]!;
    expect(late).toMatch(/^Dates valides/);
    const illegal = renderPlainText(await ask({ q: 'il me paie 1000 € brut, apprenti en M2 à 23 ans, c’est illégal ?' })).split('\n')[0]!;
    expect(illegal).toMatch(/^1 000,00 € brut par mois, c’est moins que le minimum légal/);
    expect(renderPlainText(await ask({ q: 'il me paie 1500 € brut, apprenti en M2 à 23 ans, c’est légal ?' })).split('\n')[0]).toMatch(/^Oui/);
  });

  test('GIVEN a question naming no formation THEN no verdict known for one formation only (« si je redouble… » differs in M1 and M2)', async () => {
    expect(await first('si je redouble je perds mon contrat ?')).not.toMatch(/^(Oui|Non)/);
    expect(await first('si je redouble mon M1 je perds mon contrat ?')).toMatch(/^Oui/);
    expect(await first('notre entreprise ne signe que des contrats pro, c’est possible pour la miage ?')).toMatch(/^Oui/);
  });

  test('GIVEN a cleft question (« c’est X qui … ? ») THEN a yes/no question about X, never answered for someone else', async () => {
    expect(yesNo('c’est moi qui remplis la fiche objectifs ?')).toBe(true);
    expect(yesNo('c’est qui qui paie la formation ?')).toBe(false);
    expect(await first('c’est moi qui dois payer ma formation ?')).toMatch(/^Non/);
    expect(await first('c’est bien l’OPCO qui paie ma formation ?')).toMatch(/^Oui/);
    expect(await first('c’est lui qui paie ma formation ?')).not.toMatch(/^(Oui|Non)/);
  });

  test('GIVEN a count the known question does not say THEN not its verdict (« 3 tuteurs » is not « 2 maîtres d’apprentissage »)', async () => {
    expect(await first('on peut avoir deux maîtres d’apprentissage ?')).toMatch(/^Oui/);
    expect(await first('on peut avoir 4 maîtres d’apprentissage ?')).not.toMatch(/^(Oui|Non)/);
  });

  test('GIVEN a time, a share or a language level the known question states otherwise THEN not its verdict', async () => {
    expect(await first('faut le niveau B2 en anglais pour le M2 ?')).toMatch(/^Oui/);
    expect(await first('faut le niveau C1 en anglais pour le M2 ?')).not.toMatch(/^(Oui|Non)/);
    expect(await first('Faut-il le C1 en anglais pour le titre de Polytech Montpellier ?')).not.toMatch(/^(Oui|Non)/);
  });

  test('GIVEN a word no entry knows, maybe what is asked THEN no verdict (« résilier » is not « proroger »)', async () => {
    expect(await first('Peut-on proroger le contrat en cas de redoublement du M2 ?')).toMatch(/^Oui/);
    expect(await first('Peut-on résilier le contrat en cas de redoublement du M2 ?')).not.toMatch(/^(Oui|Non)/);
  });

  test('GIVEN a rate asked from a month, with a rate offered THEN one Oui/Non, from the month', async () => {
    const reply = renderPlainText(await ask({ q: 'notre apprentie de M1 aura 21 ans le 14 janvier, elle va passer à 53% en janvier ?', as: 'hr' }));
    expect(reply.split('\n')[0]).toMatch(/^Non : le taux minimum passe à 53 % le 01\/02\/2027/);
    expect(reply.split('\n').filter((l) => /^(Oui|Non)\b/.test(l))).toHaveLength(1);
  });

  test('GIVEN an age below the grid’s youngest band THEN no « Oui » said (the documents do not say)', async () => {
    expect(renderPlainText(await ask({ q: 'je peux devenir apprenti à 15 ans ?' })).split('\n')[0]).not.toMatch(/^Oui/);
  });
});

describe('an internship’s gratification owed or not, from its length (issue 10)', () => {
  test.each([
    ['stage en alternance de 5 semaines, ma boite doit me payer ?', /^Non : la gratification n'est obligatoire qu'au-delà de 2 mois/],
    ['stage alternance de 4 mois, la gratification est obligatoire ?', /^Oui : la gratification est obligatoire/],
    ['Is the allowance mandatory for a 3-week internship?', /^No: the allowance is only compulsory beyond 2 months/],
  ])('GIVEN « %s » THEN the verdict from the 44-day threshold', async (q, expected) => {
    expect(renderPlainText(await ask({ q })).split('\n')[0]).toMatch(expected);
  });
});

describe('verdicts from the more yes/no questions of an entry (issue 10)', () => {
  test('GIVEN a question of an entry\'s moreYesNo THEN its verdict first', async () => {
    expect(await first('Un candidat étranger peut-il candidater au M2 MIAGE via Campus France ?')).toMatch(/^Oui/);
  });

  test('GIVEN a known question comparing to a figure (« plus de 75 % ») THEN it gives no verdict to a question without that figure', async () => {
    expect(await first("L'entreprise peut-elle retenir le logement qu'elle fournit sur le salaire de l'apprenti ?")).not.toMatch(/^Non/);
  });
});

describe('an apprentice’s income tax from the monthly pay said (issue 10)', () => {
  test.each([
    ['je touche 1250 € par mois en apprentissage, je dois payer des impots ?', /^Non : 1 250,00 € par mois ne dépasse pas le SMIC mensuel \(1 823,03 €/],
    ['apprenti payé 2100 € brut par mois, c’est imposable ?', /^Oui : 2 100,00 € par mois dépasse le SMIC mensuel \(1 867,02 €/],
    ['apprenti payé 1000 € par mois, je suis exonéré d’impôt ?', /^Oui/],
    // Between the year's lowest and highest monthly SMIC, the months decide: no verdict.
    ['apprenti payé 1850 € brut par mois, c’est imposable ?', /^Impôt sur le revenu/],
  ])('GIVEN « %s » THEN the verdict from the SMIC', async (q, line) => {
    expect(await first(q)).toMatch(line);
  });
});

describe('no verdict from a known question that says another count or another receiver (issue 10)', () => {
  test.each([
    // « un seul exemplaire suffit ? » (Non) is not « en 3 exemplaires originaux ? ».
    ['apprenti, je change de tuteur pro : j’envoie l’avenant au CFA en 3 exemplaires originaux ?', 'hr'],
    // « il ne passe qu’une fois ? » (Non) is not « au moins 2 fois ? ».
    ['mon alternant est en M2, le tuteur universitaire viendra nous voir au moins 2 fois dans l’année ?', 'hr'],
    // « l’OPCO reçoit l’original ? » (Non) is not « … à la DDETS ? ».
    ['pour rompre un contrat pro on envoie l’original à la DDETS ?', 'hr'],
  ] as const)('GIVEN « %s » THEN no Non', async (q, as) => {
    const r = await ask({ q, as });
    expect(renderPlainText(r).split('\n')[0]).not.toMatch(/^Non\b/);
  });
});

describe('no Oui from a known question that does not state the figure asked (issue 10)', () => {
  test.each([
    // « peut-on déduire les avantages en nature ? » (Oui) does not say up to 100 %.
    ['on peut retenir jusqu’à 100 % du salaire pour les avantages en nature ?', 'hr'],
  ] as const)('GIVEN « %s » THEN no Oui', async (q, as) => {
    const r = await ask({ q, as });
    expect(renderPlainText(r).split('\n')[0]).not.toMatch(/^Oui\b/);
  });
});
