import { academicYearOf, citeSource, type Knowledge, type Role, type Source } from '../knowledge/index.ts';
import type { IsoDate } from '../rules/index.ts';
import type { Entities } from './entities.ts';
import type { Matcher } from './matcher.ts';

/** Everything an answer needs about the question being handled. */
export interface AnswerContext {
  knowledge: Knowledge;
  matcher: Matcher;
  /** Today in Paris, from the message's `now`. */
  today: IsoDate;
  /** The academic year the question is about: stated in it, else today's. */
  academicYear: string;
  role: Role;
  entities: Entities;
  lang: 'fr' | 'en';
  /** The question's text as analysed (for a fallback to weigh its words). */
  question: string;
  /**
   * The message as typed, when the question analysed is it read with the last one (a follow-up):
   * whether it asks yes or no is its own, not the merged text's (« … visites ? » + « et la 2e en juin ? »).
   */
  typed?: string;
}

export function makeContext(knowledge: Knowledge, matcher: Matcher, today: IsoDate, role: Role, entities: Entities, question = ''): AnswerContext {
  return { knowledge, matcher, today, role, entities, lang: entities.lang, academicYear: entities.academicYear ?? academicYearOf(today), question };
}

/** Routing tables speak of "alternant" and "professionnel": which one asks. Staff see the company side. */
export function askerOf(role: Role): 'alternant' | 'professionnel' {
  return role === 'student' ? 'alternant' : 'professionnel';
}

/** French or English, whichever the question was asked in. */
export function tr(ctx: { lang: 'fr' | 'en' }, fr: string, en: string): string {
  return ctx.lang === 'en' ? en : fr;
}

/** A colon as each language writes it: « Oui : … », "Yes: …". */
export function colon(ctx: { lang: 'fr' | 'en' }): string {
  return ctx.lang === 'en' ? ': ' : ' : ';
}

/** A knowledge field in the question's language: its stored English translation, else the French (never a blank). */
export function inLang(ctx: { lang: 'fr' | 'en' }, fr: string, en: string | undefined): string {
  return ctx.lang === 'en' && en ? en : fr;
}

/** Cited sources, without repeats. */
export function cite(ctx: AnswerContext, sources: Source[]): string[] {
  return [...new Set(sources.map((s) => citeSource(ctx.knowledge, s)))];
}
