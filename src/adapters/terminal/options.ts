import { RoleSchema, type Role } from '../../knowledge/index.ts';
import { noonInParis, parseIsoDate } from '../../rules/index.ts';

/** `--as` and `--now`, validated with a French message naming what is accepted. */
export function parseRole(value: string | undefined): Role {
  if (value === undefined) return 'student';
  const parsed = RoleSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--as « ${value.slice(0, 20)} » inconnu : valeurs acceptées student, hr, tutor, staff.`);
  return parsed.data;
}

export function parseNow(value: string | undefined, clock: () => Date): Date {
  if (value === undefined) return clock();
  const date = parseIsoDate(value);
  if (!date) throw new UsageError(`--now « ${value.slice(0, 20)} » n'est pas une date : format AAAA-MM-JJ, par exemple 2026-11-24.`);
  return noonInParis(date);
}

export class UsageError extends Error {}
