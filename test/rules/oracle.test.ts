/**
 * The apprentice and professionalisation minimums agree with the official French payroll
 * simulator's rules (betagouv/mon-entreprise's `modele-social`, evaluated by `publicodes`),
 * within 0.5 € (modele-social rounds these amounts to the euro).
 */
import Engine from 'publicodes';
import rules from 'modele-social';
import { describe, expect, test } from 'vitest';
import { isoDate, minimumPay, Money } from '../../src/rules/index.ts';
import { realKnowledge } from '../support/knowledge.ts';

const grids = realKnowledge().payGrids;
const engine = new Engine(rules as never, { logger: { log() {}, warn() {}, error() {} } });

// A date in 2025 and one after the June 2026 SMIC rise, as jj/mm/aaaa for publicodes.
const DATES = [
  ['2025-03-15', '15/03/2025'],
  ['2026-07-01', '01/07/2026'],
] as const;

// One age per band, with the band's name in modele-social.
const APPRENTICE_BANDS = [
  [17, 'moins de 18'],
  [19, 'de 18 à 20'],
  [23, 'de 21 à 25'],
  [30, 'plus de 25'],
] as const;
// Hiring date giving 6, 18 or 30 months of seniority, i.e. the 1st, 2nd or 3rd year of the contract.
const hiredMonthsBefore = (date: string, months: number) => {
  const [d, m, y] = date.split('/').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  return `${String(d).padStart(2, '0')}/${String((total % 12) + 1).padStart(2, '0')}/${Math.floor(total / 12)}`;
};

function oracle(situation: Record<string, string>, rule: string): number {
  engine.setSituation(situation as never);
  const value = engine.evaluate(rule).nodeValue;
  if (typeof value !== 'number') throw new Error(`modele-social gave no amount for ${rule}`);
  return value;
}

describe('apprentices: every year × age band agrees with modele-social', () => {
  const cases = DATES.flatMap(([iso, fr]) =>
    [1, 2, 3].flatMap((year) => APPRENTICE_BANDS.map(([age, band]) => ({ iso, fr, year, age, band }))),
  );
  test.each(cases)('GIVEN $iso, year $year, age $age', ({ iso, fr, year, age, band }) => {
    const ours = minimumPay(grids, { family: 'apprenticeship', contractYear: year, age, date: isoDate(iso) }).monthlyGross.euros;
    const theirs = oracle(
      {
        date: fr,
        'salarié . contrat': "'apprentissage'",
        'salarié . contrat . apprentissage . âge': `'${band}'`,
        "salarié . contrat . date d'embauche": hiredMonthsBefore(fr, 12 * (year - 1) + 6),
      },
      'salarié . contrat . apprentissage . rémunération minimale',
    );
    expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(0.5);
  });
});

describe('professionalisation: every qualification × age band agrees with modele-social', () => {
  const cases = DATES.flatMap(([iso, fr]) =>
    (
      [
        ['bac-pro-or-higher', 'bac ou plus'],
        ['below-bac-pro', 'moins que bac'],
      ] as const
    ).flatMap(([qualification, formation]) =>
      (
        [
          [19, 'moins de 21'],
          [23, 'de 21 à 25'],
          [30, 'de 26 à 44'],
        ] as const
      ).map(([age, band]) => ({ iso, fr, qualification, formation, age, band })),
    ),
  );
  test.each(cases)('GIVEN $iso, $qualification, age $age', ({ iso, fr, qualification, formation, age, band }) => {
    const ours = minimumPay(grids, { family: 'professionalisation', qualification, age, date: isoDate(iso) }).monthlyGross.euros;
    const theirs = oracle(
      {
        date: fr,
        'salarié . contrat': "'professionnalisation'",
        'salarié . contrat . professionnalisation . âge': `'${band}'`,
        'salarié . contrat . professionnalisation . formation': `'${formation}'`,
      },
      'salarié . contrat . professionnalisation . rémunération minimale',
    );
    expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(0.5);
  });
});

/**
 * From 26, professionalisation pays the higher of the SMIC and 85 % of the branch minimum
 * (D6325-15, D6325-16). modele-social's minimum has no SMC, but it carries one branch's
 * conventional minimum (optique): the SMC comes from it, the SMIC floor from its minimum.
 */
describe('professionalisation from 26 with an SMC agrees with modele-social', () => {
  const cases = DATES.flatMap(([iso, fr]) => [220, 300, 380].map((coefficient) => ({ iso, fr, coefficient })));
  test.each(cases)('GIVEN $iso, age 30, SMC of the optique branch at coefficient $coefficient', ({ iso, fr, coefficient }) => {
    const smc = oracle({ date: fr, 'salarié . convention collective': "'optique'", 'salarié . convention collective . optique . coefficient': `${coefficient} point` }, 'salarié . convention collective . optique . salaire minimum conventionnel');
    const smicFloor = oracle(
      { date: fr, 'salarié . contrat': "'professionnalisation'", 'salarié . contrat . professionnalisation . âge': "'de 26 à 44'", 'salarié . contrat . professionnalisation . formation': "'bac ou plus'" },
      'salarié . contrat . professionnalisation . rémunération minimale',
    );
    const ours = minimumPay(grids, { family: 'professionalisation', qualification: 'bac-pro-or-higher', age: 30, date: isoDate(iso), smcMonthly: Money.euros(smc) });
    expect(Math.abs(ours.monthlyGross.euros - Math.max(smicFloor, 0.85 * smc))).toBeLessThanOrEqual(0.5);
    expect(ours.base).toBe(0.85 * smc > smicFloor ? 'SMC' : 'SMIC');
  });
});
