import { describe, expect, test } from 'vitest';
import { cohortById, dateRuleFor } from '../../src/knowledge/index.ts';
import { checkContractDates, contractWindows, isoDate, type Cohort, type ContractDateRule, type ContractFamily } from '../../src/rules/index.ts';
import { realKnowledge } from '../support/knowledge.ts';

const knowledge = realKnowledge();

function cohort(id: string): Cohort {
  const c = cohortById(knowledge, id);
  if (!c?.ddf || !c.dff) throw new Error(`cohort ${id} has no dates`);
  return { ...c, ddf: c.ddf, dff: c.dff };
}
function rule(family: ContractFamily): ContractDateRule {
  const r = dateRuleFor(knowledge, family);
  if (!r) throw new Error(`no rule for ${family}`);
  return r;
}

// Table 5 of the guide, cell by cell: [column, family, DDC min, DDC max, DFC min (null: none), DFC max].
const TABLE_5 = [
  ['cohorte-l3i-2025-2026', 'apprenticeship', '2025-06-01', '2025-12-01', '2026-07-03', '2026-09-03'],
  ['cohorte-l3i-2025-2026', 'professionalisation', '2025-07-01', '2025-12-01', '2026-07-03', '2026-09-03'],
  ['cohorte-l3i-2025-2026', 'work-study-internship', '2025-09-01', '2025-12-01', null, '2026-07-03'],
  ['cohorte-master-2025-2027', 'apprenticeship', '2025-06-01', '2025-12-01', '2027-09-03', '2027-11-03'],
  ['cohorte-master-2025-2027', 'professionalisation', '2025-07-01', '2025-12-01', '2027-09-03', '2027-11-03'],
  ['cohorte-master-2025-2027', 'work-study-internship', '2025-09-01', '2025-12-01', null, '2027-09-03'],
  ['cohorte-m2-2025-2026', 'apprenticeship', '2025-06-04', '2025-12-04', '2026-09-04', '2026-11-04'],
  ['cohorte-m2-2025-2026', 'professionalisation', '2025-07-04', '2025-12-04', '2026-09-04', '2026-11-04'],
  ['cohorte-m2-2025-2026', 'work-study-internship', '2025-09-04', '2025-12-04', null, '2026-09-04'],
] as const;

describe('table 5: contract start and end windows', () => {
  test.each(TABLE_5)('GIVEN %s and %s THEN the windows are those of the table', (cohortId, family, ddcMin, ddcMax, dfcMin, dfcMax) => {
    expect(contractWindows(cohort(cohortId), rule(family))).toMatchObject({ ddcMin, ddcMax, dfcMin, dfcMax });
  });

  test.each([
    ['cohorte-l3i-2025-2026', '2025-09-01', '2026-07-03', 1],
    ['cohorte-master-2025-2027', '2025-09-01', '2027-09-03', 2],
    ['cohorte-m2-2025-2026', '2025-09-04', '2026-09-04', 1],
  ] as const)('GIVEN %s THEN DDF, DFF and duration in years are those of the table', (id, ddf, dff, years) => {
    expect(cohort(id)).toMatchObject({ ddf, dff, contractYears: years });
  });
});

describe('the worked examples of §3.3.2', () => {
  test('GIVEN an L3I student entering the Master 2025/2027 in apprenticeship THEN 01/06/2025–01/12/2025 and 03/09/2027–03/11/2027, 2 years', () => {
    const c = cohort('cohorte-master-2025-2027');
    expect(contractWindows(c, rule('apprenticeship'))).toEqual({
      ddf: '2025-09-01', dff: '2027-09-03', ddcMin: '2025-06-01', ddcMax: '2025-12-01', dfcMin: '2027-09-03', dfcMax: '2027-11-03',
    });
    expect(c.contractYears).toBe(2);
  });

  test('GIVEN an L2I student entering L3I 2025/2026 in professionalisation THEN 01/07/2025–01/12/2025 and 03/07/2026–03/09/2026, 1 year', () => {
    const c = cohort('cohorte-l3i-2025-2026');
    expect(contractWindows(c, rule('professionalisation'))).toEqual({
      ddf: '2025-09-01', dff: '2026-07-03', ddcMin: '2025-07-01', ddcMax: '2025-12-01', dfcMin: '2026-07-03', dfcMax: '2026-09-03',
    });
    expect(c.contractYears).toBe(1);
  });
});

describe('the 2026/2027 dates of footnote 24', () => {
  test('GIVEN M2 2026/2027 in apprenticeship THEN the windows follow from DDF 03/09/2026 and DFF 03/09/2027', () => {
    expect(contractWindows(cohort('cohorte-m2-2026-2027'), rule('apprenticeship'))).toMatchObject({
      ddcMin: '2026-06-03', ddcMax: '2026-12-03', dfcMin: '2027-09-03', dfcMax: '2027-11-03',
    });
  });
});

describe('checking proposed dates', () => {
  const m2 = () => cohort('cohorte-m2-2025-2026');
  const codes = (family: ContractFamily, proposal: Parameters<typeof checkContractDates>[2]) =>
    checkContractDates(m2(), rule(family), proposal).violations.map((v) => v.code);

  test.each([
    ['valid dates on both bounds', 'apprenticeship', { ddc: '2025-06-04', dfc: '2026-11-04' }, []],
    ['a start one day too early', 'apprenticeship', { ddc: '2025-06-03', dfc: '2026-09-04' }, ['ddc-too-early']],
    ['a start one day too late', 'professionalisation', { ddc: '2025-12-05', dfc: '2026-09-04' }, ['ddc-too-late']],
    ['a professionalisation start 3 months early', 'professionalisation', { ddc: '2025-06-04', dfc: '2026-09-04' }, ['ddc-too-early']],
    ['an end before the end of training', 'apprenticeship', { ddc: '2025-09-01', dfc: '2026-09-03' }, ['dfc-too-early']],
    ['an end after DFF + 2 months', 'apprenticeship', { ddc: '2025-09-01', dfc: '2026-11-05' }, ['dfc-too-late']],
    ['an internship ending after the training', 'work-study-internship', { ddc: '2025-10-01', dfc: '2026-09-05' }, ['dfc-too-late']],
    ['an internship shorter than 6 months', 'work-study-internship', { ddc: '2025-09-04', dfc: '2026-03-02' }, ['duration-too-short']],
    ['an internship of exactly 6 months', 'work-study-internship', { ddc: '2025-09-04', dfc: '2026-03-03' }, []],
    ['an internship starting before the training', 'work-study-internship', { ddc: '2025-09-03', dfc: '2026-06-30' }, ['ddc-too-early']],
    ['an end before the start', 'apprenticeship', { ddc: '2025-10-01', dfc: '2025-09-30' }, ['dfc-before-ddc', 'dfc-too-early']],
  ] as const)('GIVEN %s THEN the broken rules are listed', (_name, family, proposal, expected) => {
    const p = { ddc: isoDate(proposal.ddc), dfc: isoDate(proposal.dfc) };
    expect(codes(family, p)).toEqual(expected);
  });

  test('GIVEN a start 5 days after the validation THEN the one-week rule is broken and the message names the earliest date', () => {
    const check = checkContractDates(m2(), rule('apprenticeship'), { ddc: isoDate('2025-09-10'), validationDate: isoDate('2025-09-05') });
    expect(check.violations).toEqual([
      { code: 'ddc-before-validation-week', message: expect.stringContaining('au plus tôt le 12/09/2025') },
    ]);
  });

  test('GIVEN the process dates THEN a start after the process end, before the jury, or an end after next year starts are refused', () => {
    const check = checkContractDates(m2(), rule('apprenticeship'), {
      ddc: isoDate('2025-11-20'),
      dfc: isoDate('2026-09-10'),
      validationProcessEnd: isoDate('2025-11-07'),
      previousJuryDate: isoDate('2025-12-01'),
      nextYearDdf: isoDate('2026-09-03'),
    });
    expect(check.violations.map((v) => v.code)).toEqual(['dfc-after-next-year-start', 'ddc-after-validation-process', 'ddc-before-jury']);
  });

  test('GIVEN a broken rule THEN the message is French with dates as jj/mm/aaaa', () => {
    const [v] = checkContractDates(m2(), rule('apprenticeship'), { ddc: isoDate('2025-06-03') }).violations;
    expect(v?.message).toBe('Le début du contrat (03/06/2025) est avant le 04/06/2025, premier jour possible (DDF − 3 mois).');
  });
});
