/**
 * « il doit venir au bureau le jeudi ? » answered by a rhythm entry (« en entreprise les lundis,
 * mardis et mercredis ; en formation les jeudis, vendredis… »): the weekday asked is looked for among
 * the days the entry gives for the company and for the training, so the verdict comes from the
 * documents' days. Days given as « parfois », « la plupart des » or in brackets decide nothing.
 */

import { WEEKDAYS } from './entities.ts';
import { fold } from './normalize.ts';

// Where the question puts the student: at the company, or in class.
const AT_WORK = /\b(entreprise|bureau|boite|taf|boulot|travailler|bosser|office|company|work)\b/;
const IN_CLASS = /\b(cours|formation|fac|ecole|class|classes|school|training)\b/;
// Where the answer puts the days that follow.
const WORK_SIDE = /\b(en entreprise|at the company|at work|in the company)\b/g;
const CLASS_SIDE = /\b(cours|en formation|in training|classes|in class)\b/g;
// Days not always so: « parfois quelques mercredis », « la plupart des mercredis ».
const UNSURE = /\b(parfois|quelques|la plupart des|certains|sometimes|some|most)\s+(\w+\s+)?/g;

export interface WeekdayVerdict {
  answer: 'oui' | 'non';
  /** The answer's sentence that gives the days, as written. */
  clause: string;
}

function daysIn(text: string): number[] {
  return [...new Set(text.split(/[^a-z]+/).flatMap((w) => WEEKDAYS.get(w) ?? []))];
}

/** The days an answer gives to each side, each side's stretch running to the next side or the sentence's end. */
function sides(answer: string): { work: Set<number>; school: Set<number> } {
  const first = fold(answer).replace(/\([^)]*\)/g, ' ').split(/\.\s/)[0] ?? '';
  const marks: Array<{ at: number; side: 'work' | 'school' }> = [
    ...[...first.matchAll(WORK_SIDE)].map((m) => ({ at: m.index, side: 'work' as const })),
    ...[...first.matchAll(CLASS_SIDE)].map((m) => ({ at: m.index, side: 'school' as const })),
  ].sort((a, b) => a.at - b.at);
  const work = new Set<number>();
  const school = new Set<number>();
  marks.forEach((m, i) => {
    const stretch = first.slice(m.at, marks[i + 1]?.at ?? first.length).replace(UNSURE, ' ~');
    // A day right after an unsure word was replaced by « ~ »: only the sure days count.
    for (const d of daysIn(stretch.replace(/~\s*\w+/g, ' '))) (m.side === 'work' ? work : school).add(d);
  });
  return { work, school };
}

/**
 * @param question the question as typed
 * @param answer the rhythm entry's text as written
 */
export function weekdayVerdict(question: string, answer: string): WeekdayVerdict | undefined {
  const q = fold(question);
  const asked = daysIn(q);
  const atWork = AT_WORK.test(q);
  const inClass = IN_CLASS.test(q);
  if (asked.length === 0 || atWork === inClass) return undefined;
  const { work, school } = sides(answer);
  if (work.size === 0 || school.size === 0) return undefined;
  const [here, there] = atWork ? [work, school] : [school, work];
  const clause = answer.split(/\.\s/)[0]!.trim();
  if (asked.every((d) => here.has(d))) return { answer: 'oui', clause };
  if (asked.some((d) => there.has(d))) return { answer: 'non', clause };
  return undefined;
}
