import { describe, expect, test } from 'vitest';
import { deadline } from '../../src/knowledge/index.ts';
import { checkDeadline, deadlineFor, isoDate, type DeadlineRule } from '../../src/rules/index.ts';
import { realKnowledge } from '../support/knowledge.ts';

const knowledge = realKnowledge();
const rule = (id: string): DeadlineRule => deadline(knowledge, id);

// Expected dates counted by hand on a calendar; the comment shows the count.
describe('sick note sent by the company: 10 jours ouvrables after the arrêt (§4.3.1)', () => {
  test.each([
    ['Easter Monday', '2026-04-02', '2026-04-15'], // Fri3 Sat4 [Mon6] Tue7 … Sat11 Mon13 Tue14 Wed15
    ['Ascension', '2026-05-11', '2026-05-23'], // Tue12 Wed13 [Thu14] Fri15 Sat16 Mon18 … Sat23
    ['Whit Monday', '2026-05-18', '2026-05-30'], // Tue19 … Sat23 [Mon25] Tue26 … Sat30
    ['1 and 11 November 2027', '2027-10-29', '2027-11-12'], // Sat30 [Mon1] Tue2 … Wed10 [Thu11] Fri12
    ['11 November 2026', '2026-11-09', '2026-11-21'], // Tue10 [Wed11] Thu12 … Sat21
  ])('GIVEN an arrêt established before %s THEN the deadline skips it', (_h, established, expected) => {
    expect(deadlineFor(rule('delai-arret-entreprise'), isoDate(established))).toBe(expected);
  });
});

describe('sick note given by the student to the company: 48 h ouvrées (§4.3.1)', () => {
  test.each([
    ['Easter Monday', '2026-04-03', '2026-04-08'], // [Sat Sun Mon6] Tue7 Wed8
    ['Ascension', '2026-05-13', '2026-05-18'], // [Thu14] Fri15 [Sat Sun] Mon18
    ['Whit Monday', '2026-05-22', '2026-05-27'], // [Sat Sun Mon25] Tue26 Wed27
    ['1 November 2027', '2027-10-29', '2027-11-03'], // [Sat Sun Mon1] Tue2 Wed3
    ['11 November 2026', '2026-11-10', '2026-11-13'], // [Wed11] Thu12 Fri13
  ])('GIVEN an arrêt established before %s THEN 2 jours ouvrés end on the expected day', (_h, established, expected) => {
    expect(deadlineFor(rule('delai-arret-etudiant'), isoDate(established))).toBe(expected);
  });
});

describe('professional absence asked at least 10 jours ouvrables before its first day (§4.3.2)', () => {
  test.each([
    ['Easter Monday', '2026-04-14', '2026-04-01'], // Mon13 Sat11 … Tue7 [Mon6] Sat4 Fri3 Thu2 Wed1
    ['Ascension and 8 May', '2026-05-19', '2026-05-05'], // Mon18 Sat16 Fri15 [Thu14] … Sat9 [Fri8] Thu7 Wed6 Tue5
    ['Whit Monday and Ascension', '2026-05-27', '2026-05-13'], // Tue26 [Mon25] Sat23 … Fri15 [Thu14] Wed13
    ['1 November 2027', '2027-11-03', '2027-10-21'], // Tue2 [Mon1] Sat30 … Thu21
    ['11 November 2026', '2026-11-19', '2026-11-06'], // Wed18 … Thu12 [Wed11] Tue10 Mon9 Sat7 Fri6
  ])('GIVEN a first day after %s THEN the last day to ask is the expected one', (_h, firstDay, expected) => {
    expect(deadlineFor(rule('delai-absence-professionnelle'), isoDate(firstDay))).toBe(expected);
  });
});

describe('mission validation asked at least 10 jours ouvrables before the contract start (§3.3)', () => {
  test.each([
    ['Easter Monday', '2026-04-13', '2026-03-31'],
    ['Ascension and 8 May', '2026-05-18', '2026-05-04'],
    ['Whit Monday and Ascension', '2026-05-26', '2026-05-12'],
    ['1 November 2027', '2027-11-02', '2027-10-20'],
    ['11 November 2026', '2026-11-16', '2026-11-03'],
  ])('GIVEN a contract starting after %s THEN the request is due on the expected day', (_h, start, expected) => {
    expect(deadlineFor(rule('delai-validation-mission'), isoDate(start))).toBe(expected);
  });
});

describe('late flags', () => {
  test('GIVEN a sick note sent on its last day THEN it is on time, the next ouvrable day it is late', () => {
    const r = rule('delai-arret-entreprise');
    expect(checkDeadline(r, isoDate('2026-04-02'), isoDate('2026-04-15'))).toMatchObject({ late: false, workingDays: 10 });
    expect(checkDeadline(r, isoDate('2026-04-02'), isoDate('2026-04-16'))).toMatchObject({ late: true, workingDays: 11 });
  });

  test('GIVEN a professional absence asked 5 jours ouvrables ahead THEN it is late', () => {
    const check = checkDeadline(rule('delai-absence-professionnelle'), isoDate('2026-12-07'), isoDate('2026-12-01'));
    // Sat5 Fri4 Thu3 Wed2 Tue1 Mon30 Sat28 Fri27 Thu26 Wed25
    expect(check).toEqual({ deadline: '2026-11-25', late: true, workingDays: 5 });
  });
});
