import { describe, expect, test } from 'vitest';
import { addMonthsTo, ageOn, formatFrenchDate, formatFrenchDateLong, isoDate, parisDateOf, parseIsoDate } from '../../src/rules/index.ts';

describe('calendar dates do not drift with the time zone', () => {
  test('GIVEN the suite runs in Los Angeles THEN the test process is really far from Paris', () => {
    expect(new Date('2026-11-24T12:00:00Z').getTimezoneOffset()).toBe(480);
  });

  test.each([
    ['23:30 UTC on 23/11 is already the 24th in Paris (winter)', '2026-11-23T23:30:00Z', '2026-11-24'],
    ['22:30 UTC on 30/06 is already 1 July in Paris (summer)', '2026-06-30T22:30:00Z', '2026-07-01'],
    ['21:59 UTC on 30/06 is still 30 June in Paris', '2026-06-30T21:59:00Z', '2026-06-30'],
  ])('GIVEN %s', (_name, instant, expected) => {
    expect(parisDateOf(new Date(instant))).toBe(expected);
  });

  test('GIVEN a DST change inside the interval THEN month arithmetic keeps the day', () => {
    expect(addMonthsTo(isoDate('2026-01-31'), 2)).toBe('2026-03-31');
    expect(addMonthsTo(isoDate('2026-03-29'), -3)).toBe('2025-12-29');
  });

  test('GIVEN 31 August + 1 month THEN 30 September (clamped)', () => {
    expect(addMonthsTo(isoDate('2026-08-31'), 1)).toBe('2026-09-30');
  });
});

describe('parsing and formatting', () => {
  test.each([['2026-02-30'], ['2026-13-01'], ['24/11/2026'], [''], ['2026-1-1']])('GIVEN %j THEN it is not a date', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  test('GIVEN a date THEN French formats', () => {
    expect(formatFrenchDate(isoDate('2026-09-03'))).toBe('03/09/2026');
    expect(formatFrenchDateLong(isoDate('2026-11-24'))).toBe('mardi 24/11/2026');
  });

  test('GIVEN a birthday today THEN the age counts it', () => {
    expect(ageOn(isoDate('2005-11-24'), isoDate('2026-11-24'))).toBe(21);
    expect(ageOn(isoDate('2005-11-25'), isoDate('2026-11-24'))).toBe(20);
  });
});
