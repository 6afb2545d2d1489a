import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createAssistant, type Assistant, type Reply } from '../../src/core/index.ts';
import type { Role } from '../../src/knowledge/index.ts';
import { isoDate, noonInParis } from '../../src/rules/index.ts';
import { realKnowledge } from './knowledge.ts';
import { problemsOf, type TestTurn } from './scoring.ts';

/** A tuning question: the same labels as a test set's question (expect, expectAny, startsWith, kind, scope). */
export type LabelledQuestion = TestTurn;

/** The day the labelled questions are asked on, unless they say otherwise. */
export const QUESTION_DAY = '2026-11-24';

let cached: Assistant | undefined;
export function realAssistant(): Assistant {
  cached ??= createAssistant(realKnowledge());
  return cached;
}

export function labelledQuestions(): LabelledQuestion[] {
  const dir = join(import.meta.dirname, '../assistant');
  return readdirSync(dir)
    .filter((f) => /^questions-.*\.yaml$/.test(f))
    .sort()
    .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')) as LabelledQuestion[]);
}

export function ask(question: { q: string; as?: Role; now?: string }): Promise<Reply> {
  return realAssistant().handle({
    text: question.q,
    user: { id: 'test', role: question.as ?? 'student' },
    channel: { kind: 'terminal' },
    now: noonInParis(isoDate(question.now ?? QUESTION_DAY)),
  });
}

/** Why a reply does not satisfy its label; empty when it does (one check for every set). */
export function mismatches(question: LabelledQuestion, reply: Reply): string[] {
  return problemsOf(question, reply);
}
