import { subtractWorkingDays, addWorkingDays, workingDaysBetween, type WorkingDayKind } from './working-days.ts';
import type { IsoDate } from './calendar-date.ts';

/**
 * A deadline of the guide, as data: "within N working days after an event"
 * (`after`) or "at least N working days before an event" (`before`).
 * The values and their sources live in the knowledge base (deadlines.yaml).
 */
export interface DeadlineRule {
  id: string;
  days: number;
  kind: WorkingDayKind;
  direction: 'after' | 'before';
}

export interface DeadlineCheck {
  /** The last date on which the action is on time. */
  deadline: IsoDate;
  /** Whether the action done on `actionDate` is late. */
  late: boolean;
  /** Working days from the action to the event (`before`) or from the event to the action (`after`). */
  workingDays: number;
}

/** The last date on time: N working days after the event, or N working days before it. */
export function deadlineFor(rule: DeadlineRule, eventDate: IsoDate): IsoDate {
  return rule.direction === 'after'
    ? addWorkingDays(eventDate, rule.days, rule.kind)
    : subtractWorkingDays(eventDate, rule.days, rule.kind);
}

/** Checks an action (sending a sick note, asking for an absence) done on `actionDate` against the rule. */
export function checkDeadline(rule: DeadlineRule, eventDate: IsoDate, actionDate: IsoDate): DeadlineCheck {
  const deadline = deadlineFor(rule, eventDate);
  const workingDays =
    rule.direction === 'after'
      ? workingDaysBetween(eventDate, actionDate, rule.kind)
      : workingDaysBetween(actionDate, eventDate, rule.kind);
  return { deadline, late: actionDate > deadline, workingDays };
}
