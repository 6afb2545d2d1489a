import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, test } from 'vitest';
import { parisDateOf } from '../../src/rules/index.ts';

const direct = (ms: number) => format(new TZDate(ms, 'Europe/Paris'), 'yyyy-MM-dd');

describe('the Paris date of an instant, computed once per UTC hour', () => {
  test.each([
    ['2026-11-24T22:59:59.999Z', '2026-11-24'],
    ['2026-11-24T23:00:00.000Z', '2026-11-25'],
    ['2026-07-14T21:59:59.999Z', '2026-07-14'],
    ['2026-07-14T22:00:00.000Z', '2026-07-15'],
  ])('GIVEN %s THEN %s, either side of midnight in Paris', (instant, expected) => {
    expect(parisDateOf(new Date(instant))).toBe(expected);
  });

  test('GIVEN every minute around both 2026 offset changes and every minute around new year 1900–2100 (Paris mean time before 1911 included) THEN the same as the direct conversion', () => {
    const checks: number[] = [];
    for (const day of ['2026-03-28T12:00:00Z', '2026-10-24T12:00:00Z']) for (let m = 0; m < 3 * 24 * 60; m += 1) checks.push(Date.parse(day) + m * 60_000);
    for (let y = 1900; y <= 2100; y += 7) for (let m = 0; m < 6 * 60; m += 1) checks.push(Date.UTC(y, 0, 1) + m * 60_000 - 3 * 3_600_000);
    for (const ms of checks) expect(parisDateOf(new Date(ms))).toBe(direct(ms));
  });
});
