/**
 * A door could not start for a reason the person running the assistant can fix (a refused token,
 * a portal setting): its message is in French and names the variable or setting; main prints it
 * and exits non-zero, without a stack trace.
 */
export class DoorStartError extends Error {}
