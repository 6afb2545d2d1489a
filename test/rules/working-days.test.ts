import { describe, expect, test } from 'vitest';
import { addDaysTo, addWorkingDays, easterSunday, isoDate, isWorkingDay, publicHolidays, subtractWorkingDays, workingDaysBetween } from '../../src/rules/index.ts';

const d = isoDate;

describe('public holidays of metropolitan France, computed', () => {
  test('GIVEN every year from 1990 to 2100 THEN the same public holidays as date-holidays (FR)', async () => {
    const { default: Holidays } = await import('date-holidays');
    const reference = new Holidays('FR');
    for (let year = 1990; year <= 2100; year += 1) {
      const theirs = reference.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10));
      expect(publicHolidays(year).map((h) => h.date), String(year)).toEqual(theirs);
    }
  });

  test('GIVEN known Easter Sundays THEN computed', () => {
    expect([2024, 2025, 2026, 2027, 2038].map(easterSunday)).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
  });

  test('GIVEN 2026 THEN there are the eleven national holidays, Easter-based ones included', () => {
    const dates = publicHolidays(2026).map((h) => h.date);
    expect(dates).toEqual([
      '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
      '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
    ]);
  });

  test('GIVEN Alsace-Moselle days THEN they are not holidays in Aix-Marseille', () => {
    expect(isWorkingDay(d('2026-12-26'), 'ouvrables')).toBe(true); // Saint-Étienne, a Saturday
    expect(isWorkingDay(d('2026-04-03'), 'ouvres')).toBe(true); // Good Friday
  });
});

describe('jours ouvrables (Mon–Sat) and jours ouvrés (Mon–Fri)', () => {
  test.each([
    ['a Saturday is ouvrable', '2026-11-28', 'ouvrables', true],
    ['a Saturday is not ouvré', '2026-11-28', 'ouvres', false],
    ['a Sunday is neither', '2026-11-29', 'ouvrables', false],
    ['Easter Monday is neither', '2026-04-06', 'ouvrables', false],
    ['Ascension Thursday is neither', '2026-05-14', 'ouvres', false],
    ['Whit Monday is neither', '2026-05-25', 'ouvres', false],
    ['11 November on a Wednesday is neither', '2026-11-11', 'ouvres', false],
    ['1 November on a Monday (2027) is neither', '2027-11-01', 'ouvres', false],
    ['an ordinary Tuesday is both', '2026-11-24', 'ouvres', true],
  ] as const)('GIVEN %s', (_name, date, kind, expected) => {
    expect(isWorkingDay(d(date), kind)).toBe(expected);
  });

  test('GIVEN a Friday THEN the next jour ouvré is Monday, the next ouvrable Saturday', () => {
    expect(addWorkingDays(d('2026-11-27'), 1, 'ouvres')).toBe('2026-11-30');
    expect(addWorkingDays(d('2026-11-27'), 1, 'ouvrables')).toBe('2026-11-28');
  });

  test('GIVEN a year end THEN counting crosses 25 December, the week-end and 1 January', () => {
    expect(addWorkingDays(d('2026-12-24'), 3, 'ouvres')).toBe('2026-12-30');
    expect(subtractWorkingDays(d('2027-01-04'), 2, 'ouvres')).toBe('2026-12-30');
  });

  test('GIVEN an interval THEN working days are counted after the start, up to the end included', () => {
    expect(workingDaysBetween(d('2026-11-09'), d('2026-11-16'), 'ouvrables')).toBe(5); // 10, 12, 13, 14, 16
    expect(workingDaysBetween(d('2026-11-16'), d('2026-11-09'), 'ouvrables')).toBe(0);
  });
});

describe('working days counted by weeks agree with a day-by-day count', () => {
  const slow = (from: string, to: string, kind: 'ouvres' | 'ouvrables') => {
    let n = 0;
    for (let d = addDaysTo(isoDate(from), 1); d <= isoDate(to); d = addDaysTo(d, 1)) if (isWorkingDay(d, kind)) n += 1;
    return n;
  };
  test.each([
    ['2026-11-16', '2026-11-27'],
    ['2025-12-20', '2026-01-10'],
    ['2026-04-01', '2026-05-31'],
    ['2000-01-01', '2026-11-24'],
    ['2026-05-01', '2026-05-01'],
    ['2026-05-07', '2026-05-08'],
  ])('GIVEN (%s, %s] THEN the same count, ouvrés and ouvrables', (from, to) => {
    for (const kind of ['ouvres', 'ouvrables'] as const) expect(workingDaysBetween(isoDate(from), isoDate(to), kind)).toBe(slow(from, to, kind));
  });
});
