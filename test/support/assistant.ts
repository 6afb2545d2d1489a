import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createAssistant, renderPlainText, type Assistant, type Reply } from '../../src/core/index.ts';
import { foldForComparison, type Role } from '../../src/knowledge/index.ts';
import { isoDate, noonInParis } from '../../src/rules/index.ts';
import { realKnowledge } from './knowledge.ts';

export interface LabelledQuestion {
  q: string;
  as?: Role;
  now?: string;
  expect?: string[];
  kind?: Reply['kind'];
  scope?: 'in' | 'out';
}

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

/** Why a reply does not satisfy its label; empty when it does. */
export function mismatches(question: LabelledQuestion, reply: Reply): string[] {
  const problems: string[] = [];
  const text = foldForComparison(renderPlainText(reply));
  for (const fact of question.expect ?? []) if (!text.includes(foldForComparison(fact))) problems.push(`missing « ${fact} »`);
  if (question.kind && reply.kind !== question.kind) problems.push(`kind ${reply.kind}, expected ${question.kind}`);
  if (question.scope === 'out' && (reply.kind === 'answer' || reply.kind === 'computation')) problems.push('out of scope but answered');
  return problems;
}
