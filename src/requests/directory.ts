import type { Actor, StaffFunction } from './model.ts';

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
