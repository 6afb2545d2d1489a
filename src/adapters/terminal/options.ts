import type { Sender } from '../../core/index.ts';
import { eventDateProblem, noonInParis, parseIsoDate } from '../../rules/index.ts';
import type { StaffFunction } from '../../requests/index.ts';
import { UsageError } from '../../config/index.ts';

export { UsageError };

const AS_VALUES: Record<string, { role: Sender['role']; staffFunctions: StaffFunction[] }> = {
  student: { role: 'student', staffFunctions: [] },
  hr: { role: 'hr', staffFunctions: [] },
  tutor: { role: 'tutor', staffFunctions: [] },
  staff: { role: 'staff', staffFunctions: ['responsable-alternance', 'secretariat-aix', 'secretariat-marseille', 'direction'] },
  responsable: { role: 'staff', staffFunctions: ['responsable-alternance'] },
  'secretariat-aix': { role: 'staff', staffFunctions: ['secretariat-aix'] },
  'secretariat-marseille': { role: 'staff', staffFunctions: ['secretariat-marseille'] },
  direction: { role: 'staff', staffFunctions: ['direction'] },
};

/**
 * `--as` for trying the assistant in someone's shoes: student, hr, tutor, staff (every staff
 * function), or one function (responsable, secretariat-aix, secretariat-marseille, direction).
 * The terminal user is `terminal:<as>` unless `--user` names them.
 */
export function parseSender(as: string | undefined, user?: string): Sender {
  const key = as ?? 'student';
  const found = Object.hasOwn(AS_VALUES, key) ? AS_VALUES[key] : undefined;
  if (!found) throw new UsageError(`--as « ${key.slice(0, 30)} » inconnu : valeurs acceptées ${Object.keys(AS_VALUES).join(', ')}.`);
  if (user !== undefined && !/^[\w.@-]{1,64}$/.test(user)) throw new UsageError('--user : lettres, chiffres, point, tiret, @ ; 64 caractères au plus.');
  return { id: `terminal:${user ?? key}`, ...found };
}

export function parseNow(value: string | undefined, clock: () => Date): Date {
  if (value === undefined) return clock();
  const date = parseIsoDate(value);
  if (!date) throw new UsageError(`--now « ${value.slice(0, 20)} » n'est pas une date : format AAAA-MM-JJ, par exemple 2026-11-24.`);
  const problem = eventDateProblem(date, '--now :');
  if (problem) throw new UsageError(problem);
  return noonInParis(date);
}
