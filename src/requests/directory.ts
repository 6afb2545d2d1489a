import type { Actor, Notification, StaffFunction } from './model.ts';

/** Who is who, from the configuration: platform identities (`door:userId`) → role and staff functions. */
export interface DirectoryConfig {
  staff: Record<StaffFunction, string[]>;
  hr: string[];
  tutors: string[];
}

/** Anyone the configuration does not name is a student. */
export function actorFor(directory: DirectoryConfig, door: string, userId: string, name?: string): Actor {
  const identity = `${door}:${userId}`;
  const staffFunctions = (Object.keys(directory.staff) as StaffFunction[]).filter((f) => directory.staff[f].includes(identity));
  const role = staffFunctions.length > 0 ? 'staff' : directory.hr.includes(identity) ? 'hr' : directory.tutors.includes(identity) ? 'tutor' : 'student';
  return { id: identity, role, staffFunctions, name };
}

/**
 * The platform user ids a door delivers a notification to: the people holding a staff function,
 * or the one user named. E-mail recipients are for another channel, not for chat doors.
 */
export function doorRecipients(directory: DirectoryConfig, notification: Pick<Notification, 'recipient'>, door: string): string[] {
  const [kind, ...rest] = notification.recipient.split(':');
  const value = rest.join(':');
  const identities = kind === 'function' ? (directory.staff[value as StaffFunction] ?? []) : kind === 'user' ? [value] : [];
  return identities.filter((i) => i.startsWith(`${door}:`)).map((i) => i.slice(door.length + 1));
}
