import { describe, expect, test } from 'vitest';
import {
  FULL_TIME_WEEKLY_HOURS,
  Money,
  PayInputError,
  isoDate,
  minimumPay,
  monthlyHours,
  payAgeOn,
  payTimeline,
  smicOn,
  type MinimumPayInput,
} from '../../src/rules/index.ts';
import { realKnowledge } from '../support/knowledge.ts';

const grids = realKnowledge().payGrids;
const pay = (input: Omit<MinimumPayInput, 'date'> & { date?: string }) =>
  minimumPay(grids, { ...input, date: isoDate(input.date ?? '2026-07-01') } as MinimumPayInput);

describe('the SMIC as a dated table (LEGAL-UPDATES)', () => {
  test.each([
    ['2025-03-15', 11.88],
    ['2025-12-31', 11.88],
    ['2026-01-01', 12.02],
    ['2026-05-31', 12.02],
    ['2026-06-01', 12.31],
    ['2026-12-31', 12.31],
  ])('GIVEN %s THEN the hourly SMIC is %s €', (date, hourly) => {
    const { rate, provisional } = smicOn(grids.smic, isoDate(date));
    expect(rate.hourly.euros).toBe(hourly);
    expect(provisional).toBe(false);
  });

  test('GIVEN a date after the last known value THEN the last value is used and flagged provisional', () => {
    expect(smicOn(grids.smic, isoDate('2027-01-01'))).toMatchObject({ provisional: true, rate: { validFrom: '2026-06-01' } });
  });

  test('GIVEN each SMIC value THEN hourly × 35 × 52 / 12 gives the published monthly amount to the cent', () => {
    for (const s of grids.smic.rates) {
      expect(pay({ family: 'apprenticeship', contractYear: 1, age: 30, date: s.validFrom }).monthlyGross).toEqual(s.monthly);
    }
  });

  test('GIVEN full time THEN a month is 151.666… hours, not the rounded 151.67', () => {
    expect(monthlyHours(FULL_TIME_WEEKLY_HOURS)).toBeCloseTo(151.6667, 4);
    // The guide's 151.67 h would give 1 867,06 € instead of 1 867,02 €.
    expect(pay({ family: 'apprenticeship', contractYear: 2, age: 26 }).monthlyGross.format()).toBe('1 867,02 €');
  });
});

describe('table 6: apprentices (D6222-26), every cell, on 2026-07-01 (SMIC 12,31 €)', () => {
  test.each([
    [1, 17, 27, 504.09], [1, 19, 43, 802.82], [1, 23, 53, 989.52], [1, 26, 100, 1867.02],
    [2, 16, 39, 728.14], [2, 20, 51, 952.18], [2, 21, 61, 1138.88], [2, 40, 100, 1867.02],
    [3, 17, 55, 1026.86], [3, 18, 67, 1250.9], [3, 25, 78, 1456.27], [3, 29, 100, 1867.02],
  ])('GIVEN year %i and age %i THEN %i %% of the SMIC, %s € gross a month', (contractYear, age, rate, monthly) => {
    const result = pay({ family: 'apprenticeship', contractYear, age });
    expect(result.rate).toBe(rate);
    expect(result.base).toBe('SMIC');
    expect(result.monthlyGross.euros).toBe(monthly);
  });

  test.each([
    [1, 23, 954.95], [2, 23, 1099.1], [3, 19, 1207.21], [1, 17, 486.49],
  ])('GIVEN year %i, age %i, in 2025 (SMIC 11,88 €) THEN %s €', (contractYear, age, monthly) => {
    expect(pay({ family: 'apprenticeship', contractYear, age, date: '2025-03-15' }).monthlyGross.euros).toBe(monthly);
  });
});

describe('table 7: professionalisation (D6325-15, D6325-16), on 2026-07-01', () => {
  test.each([
    ['bac-pro-or-higher', 19, 65, 1213.56], ['bac-pro-or-higher', 23, 80, 1493.61], ['bac-pro-or-higher', 30, 100, 1867.02],
    ['below-bac-pro', 20, 55, 1026.86], ['below-bac-pro', 25, 70, 1306.91], ['below-bac-pro', 45, 100, 1867.02],
  ] as const)('GIVEN %s and age %i THEN %i %%, %s €', (qualification, age, rate, monthly) => {
    const result = pay({ family: 'professionalisation', qualification, age });
    expect(result.rate).toBe(rate);
    expect(result.monthlyGross.euros).toBe(monthly);
  });

  test('GIVEN no qualification THEN the MIAGE row (at least bac pro) is used', () => {
    expect(pay({ family: 'professionalisation', age: 22 }).rate).toBe(80);
  });
});

describe('branch minimum (SMC)', () => {
  test('GIVEN an apprentice of 23 and an SMC above the SMIC THEN the rate applies to the SMC', () => {
    const result = pay({ family: 'apprenticeship', contractYear: 2, age: 23, smcMonthly: Money.euros(2000) });
    expect(result).toMatchObject({ base: 'SMC', rate: 61 });
    expect(result.monthlyGross.euros).toBe(1220);
  });

  test('GIVEN an apprentice under 21 THEN the SMC does not apply', () => {
    expect(pay({ family: 'apprenticeship', contractYear: 2, age: 20, smcMonthly: Money.euros(2000) })).toMatchObject({ base: 'SMIC', rate: 51 });
  });

  test('GIVEN an SMC below the SMIC THEN the SMIC stays the base', () => {
    expect(pay({ family: 'apprenticeship', contractYear: 1, age: 22, smcMonthly: Money.euros(1500) }).base).toBe('SMIC');
  });

  test.each([
    [2500, 'SMC', 2125],
    [2000, 'SMIC', 1867.02],
  ] as const)('GIVEN professionalisation at 27 and an SMC of %i € THEN the higher of the SMIC and 85 %% of the SMC (%s)', (smc, base, monthly) => {
    const result = pay({ family: 'professionalisation', age: 27, smcMonthly: Money.euros(smc) });
    expect(result.base).toBe(base);
    expect(result.monthlyGross.euros).toBe(monthly);
  });
});

describe('increases are +15 percentage points (D6222-30), capped at 100 %', () => {
  test('GIVEN one increase at 53 % THEN 68 %, not 60.95 %', () => {
    const result = pay({ family: 'apprenticeship', contractYear: 1, age: 23, increases: 1 });
    expect(result.rate).toBe(68);
    expect(result.monthlyGross.euros).toBe(1269.57);
    expect(result.adjustments).toHaveLength(1);
  });

  test('GIVEN two increases at 78 % THEN 100 % of the SMIC, not 108 %', () => {
    expect(pay({ family: 'apprenticeship', contractYear: 3, age: 21, increases: 2 }).rate).toBe(100);
  });

  test('GIVEN a new contract after one at 78 % THEN the new one pays at least 78 % (D6222-29)', () => {
    expect(pay({ family: 'apprenticeship', contractYear: 1, age: 22, previousContractRate: 78 }).rate).toBe(78);
  });
});

describe('hours and hourly rate', () => {
  test('GIVEN 28 h a week THEN the monthly amount is prorated', () => {
    expect(pay({ family: 'apprenticeship', contractYear: 1, age: 23, weeklyHours: 28 }).monthlyGross.euros).toBe(791.62);
  });

  test('GIVEN 53 % of a 12,31 € SMIC THEN 6,52 € an hour', () => {
    expect(pay({ family: 'apprenticeship', contractYear: 1, age: 23 }).hourlyGross.format()).toBe('6,52 €');
  });
});

describe('bad input is refused with a French message, never computed', () => {
  test.each([
    ['an age of 212', { family: 'apprenticeship', contractYear: 1, age: 212 }, 'age-out-of-range'],
    ['an age of 13', { family: 'apprenticeship', contractYear: 1, age: 13 }, 'age-out-of-range'],
    ['an age of 22.5', { family: 'professionalisation', age: 22.5 }, 'age-out-of-range'],
    ['a 5th apprentice year', { family: 'apprenticeship', contractYear: 5, age: 22 }, 'contract-year-out-of-range'],
    ['no apprentice year', { family: 'apprenticeship', age: 22 }, 'contract-year-missing'],
    ['0 hours a week', { family: 'apprenticeship', contractYear: 1, age: 22, weeklyHours: 0 }, 'hours-out-of-range'],
    ['a date before the known SMIC', { family: 'apprenticeship', contractYear: 1, age: 22, date: '2020-01-01' }, 'date-before-known-smic'],
  ] as const)('GIVEN %s THEN a PayInputError', (_name, input, code) => {
    expect(() => pay(input as never)).toThrow(PayInputError);
    try {
      pay(input as never);
    } catch (error) {
      expect((error as PayInputError).code).toBe(code);
      expect((error as PayInputError).message).not.toMatch(/NaN|undefined|Invalid/);
    }
  });
});

describe('age bands change on the first day of the month after the birthday (D6222-31)', () => {
  test.each([
    ['born 15/03/2005, on 31/03/2026', '2005-03-15', '2026-03-31', 20],
    ['born 15/03/2005, on 01/04/2026', '2005-03-15', '2026-04-01', 21],
    ['born 01/03/2005, on the birthday itself', '2005-03-01', '2026-03-01', 20],
    ['born 29/02/2004, on 31/03/2025', '2004-02-29', '2025-03-31', 20],
    ['born 29/02/2004, on 01/04/2025', '2004-02-29', '2025-04-01', 21],
    ['born 20/12/2005, on 31/12/2026', '2005-12-20', '2026-12-31', 20],
    ['born 20/12/2005, on 01/01/2027', '2005-12-20', '2027-01-01', 21],
  ])('GIVEN %s THEN the pay age is %i', (_name, birth, date, age) => {
    expect(payAgeOn(isoDate(birth), isoDate(date))).toBe(age);
  });
});

describe('the pay timeline of a two-year Master contract', () => {
  const segments = payTimeline(grids, {
    family: 'apprenticeship',
    birthDate: isoDate('2004-10-10'),
    start: isoDate('2025-09-01'),
    end: isoDate('2027-09-03'),
    contractYears: [
      { from: isoDate('2025-09-01'), contractYear: 1, label: 'M1' },
      { from: isoDate('2026-09-03'), contractYear: 2, label: 'passage en M2 (début de formation du M2)' },
    ],
  });
  const rows = segments.map((s) => [s.from, s.to, s.pay.rate, s.pay.monthlyGross.euros, s.pay.smicProvisional]);

  test('GIVEN an apprentice turning 21 in October 2025 THEN a segment per age band, SMIC and M1 → M2 change', () => {
    expect(rows).toEqual([
      ['2025-09-01', '2025-10-31', 43, 774.77, false],
      ['2025-11-01', '2025-12-31', 53, 954.95, false],
      ['2026-01-01', '2026-05-31', 53, 966.21, false],
      ['2026-06-01', '2026-09-02', 53, 989.52, false],
      ['2026-09-03', '2026-12-31', 61, 1138.88, false],
      ['2027-01-01', '2027-09-03', 61, 1138.88, true],
    ]);
  });

  test('GIVEN each change THEN it says why in French', () => {
    expect(segments[1]?.changes).toEqual(["tranche « 21 à 25 ans » (à 21 ans, 1er du mois suivant l'anniversaire, art. D6222-31)"]);
    expect(segments[4]?.changes).toEqual(['passage en M2 (début de formation du M2)']);
    expect(segments[5]?.changes[0]).toContain('pas encore connu');
  });

  test('GIVEN a birthday inside one band (22 in October 2026) THEN it is no change: only band, SMIC and M1 → M2 changes are', () => {
    const changes = segments.flatMap((s) => s.changes);
    expect(changes.some((c) => c.includes('22 ans'))).toBe(false);
    expect(segments.map((s) => s.from)).not.toContain('2026-11-01');
  });

  test('GIVEN an apprentice of 26 and more (100 % in M1 and in M2) THEN the M1 → M2 step is still shown', () => {
    const old = payTimeline(grids, {
      family: 'apprenticeship',
      birthDate: isoDate('1995-01-10'),
      start: isoDate('2026-07-01'),
      end: isoDate('2027-09-03'),
      contractYears: [
        { from: isoDate('2026-07-01'), contractYear: 1, label: 'M1' },
        { from: isoDate('2026-09-03'), contractYear: 2, label: 'passage en M2' },
      ],
    });
    expect(old.map((s) => [s.from, s.pay.rate, s.changes])).toEqual([
      ['2026-07-01', 100, []],
      ['2026-09-03', 100, ['passage en M2']],
      ['2027-01-01', 100, [expect.stringContaining('pas encore connu')]],
    ]);
  });

  test('GIVEN professionalisation from 26 with an SMC THEN the base is the higher of the SMIC and 85 % of the SMC, shown as « 85 % » of the SMC', () => {
    const r = minimumPay(grids, { family: 'professionalisation', age: 31, date: isoDate('2026-11-24'), smcMonthly: Money.euros(2400) });
    expect([r.base, r.basePercent, r.monthlyGross.euros]).toEqual(['SMC', 85, 2040]);
    const low = minimumPay(grids, { family: 'professionalisation', age: 31, date: isoDate('2026-11-24'), smcMonthly: Money.euros(2000) });
    expect([low.base, low.basePercent, low.monthlyGross.euros]).toEqual(['SMIC', 100, 1867.02]);
  });
});
