import { describe, expect, test } from 'vitest';
import { academicYearOf, cohortOn, holdersOf } from '../../src/knowledge/index.ts';
import { isoDate } from '../../src/rules/index.ts';
import { realKnowledge } from '../support/knowledge.ts';

const knowledge = realKnowledge();

describe('the academic year of a date', () => {
  test.each([
    ['2026-08-31', '2025/2026'],
    ['2026-09-01', '2026/2027'],
    ['2026-11-24', '2026/2027'],
    ['2027-01-15', '2026/2027'],
  ])('GIVEN %s THEN %s', (date, year) => {
    expect(academicYearOf(isoDate(date))).toBe(year);
  });
});

describe("the current cohort is today's, never silently last year's", () => {
  const today = isoDate('2026-11-24');

  test('GIVEN M2 on 24/11/2026 THEN the 2026/2027 cohort of footnote 24', () => {
    expect(cohortOn(knowledge, 'm2', today)).toMatchObject({ status: 'found', cohort: { id: 'cohorte-m2-2026-2027' } });
  });

  test.each(['l3i', 'm1', 'master'])('GIVEN %s on 24/11/2026 THEN 2026/2027 is reported missing, with the nearest known year', (formation) => {
    const lookup = cohortOn(knowledge, formation, today);
    expect(lookup.status).toBe('missing');
    expect(lookup).toMatchObject({ academicYear: '2026/2027', nearest: { academicYear: '2025/2026' } });
  });

  test('GIVEN the M2 asked in June 2025 (2024/2025 not in the documents) THEN the nearest known year, 2025/2026, not the latest', () => {
    expect(cohortOn(knowledge, 'm2', isoDate('2025-06-15'))).toMatchObject({ status: 'missing', academicYear: '2024/2025', nearest: { academicYear: '2025/2026' } });
  });

  test('GIVEN M2 on 03/09/2026, when both M2 years overlap THEN the newer training that has started', () => {
    expect(cohortOn(knowledge, 'm2', isoDate('2026-09-03'))).toMatchObject({ cohort: { id: 'cohorte-m2-2026-2027' } });
    expect(cohortOn(knowledge, 'm2', isoDate('2026-09-02'))).toMatchObject({ cohort: { id: 'cohorte-m2-2025-2026' } });
  });

  test('GIVEN M1 on 02/09/2026, its last day (footnote 23) THEN still M1 2025/2026', () => {
    expect(cohortOn(knowledge, 'm1', isoDate('2026-09-02'))).toMatchObject({ status: 'found', cohort: { id: 'cohorte-m1-2025-2026' } });
  });
});

describe('who holds a function', () => {
  test.each([
    ['2025/2026', 'M. Philippe RAMADOUR ANDREOLETTI'],
    ['2026/2027', 'M. Etienne THUILLIER'],
    ['2027/2028', 'M. Etienne THUILLIER'],
  ])('GIVEN the direction in %s THEN %s (M2 description §5.2)', (academicYear, name) => {
    expect(holdersOf(knowledge, 'direction', { academicYear }).map((c) => c.name)).toEqual([name]);
  });

  test.each([
    [{ formation: 'l3i' }, ['contact-secretariat-aix']],
    [{ formation: 'm2' }, ['contact-secretariat-marseille']],
    [{ formation: 'm1', site: 'ilot-du-bois' }, ['contact-secretariat-marseille']],
    [{ formation: 'm1', site: 'forbin' }, ['contact-secretariat-aix']],
    [{ formation: 'm1' }, ['contact-secretariat-aix', 'contact-secretariat-marseille']],
  ])('GIVEN the secretariat for %j THEN %j (table 10)', (filter, ids) => {
    expect(holdersOf(knowledge, 'secretariat-pedagogique', filter).map((c) => c.id)).toEqual(ids);
  });
});
