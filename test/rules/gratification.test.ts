import { describe, expect, test } from 'vitest';
import { gratification, isoDate } from '../../src/rules/index.ts';
import { realKnowledge } from '../support/knowledge.ts';

const table = realKnowledge().gratificationTable;

describe('internship gratification (L124-6, D124-6)', () => {
  test.each([
    ['2025-10-15', 140, 4.35, 609],
    ['2026-03-15', 140, 4.5, 630],
    ['2026-11-30', 77, 4.5, 346.5],
  ])('GIVEN %s and %i hours of presence THEN %s €/h, %s € for the month', (date, hours, hourly, monthly) => {
    const result = gratification(table, { date: isoDate(date), hoursInMonth: hours });
    expect(result.hourly.euros).toBe(hourly);
    expect(result.monthly.euros).toBe(monthly);
    expect(result.provisional).toBe(false);
  });

  test('GIVEN 2027, not known yet THEN the 2026 rate is shown, flagged provisional', () => {
    expect(gratification(table, { date: isoDate('2027-02-01'), hoursInMonth: 100 })).toMatchObject({ provisional: true, rate: { year: 2026 } });
  });

  test.each([
    [{ presenceDays: 44 }, false],
    [{ presenceDays: 45 }, true],
    [{ presenceHours: 308 }, false],
    [{ presenceHours: 309 }, true],
    [{}, null],
  ])('GIVEN presence %j THEN owed is %s (more than 44 days or 308 hours)', (presence, owed) => {
    expect(gratification(table, { date: isoDate('2026-03-01'), hoursInMonth: 70, ...presence }).owed).toBe(owed);
  });

  test('GIVEN an impossible number of hours THEN it is refused', () => {
    expect(() => gratification(table, { date: isoDate('2026-03-01'), hoursInMonth: 1000 })).toThrow(/entre 0 et 310/);
  });
});
