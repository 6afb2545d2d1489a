/**
 * Scoring of the independent test set (test/assistant/test-set/, written from the documents by
 * someone who had not read the code, frozen before tuning) and of the tuning set: single questions
 * and dialogues, compared without case, accents or spaces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createAssistant, MemoryConversationStore, renderPlainText, type Assistant, type Reply } from '../../src/core/index.ts';
import type { Role } from '../../src/knowledge/index.ts';
import { isoDate, noonInParis } from '../../src/rules/index.ts';
import { realKnowledge } from './knowledge.ts';

export interface TestTurn {
  q: string;
  as?: Role;
  now?: string;
  expect?: string[];
  expectAny?: string[][];
  startsWith?: string;
  /** The reply's kind; « answer » also accepts a computation. */
  kind?: Reply['kind'];
  scope?: 'in' | 'out';
}

export interface TestItem extends TestTurn {
  id: string;
  dialogue?: TestTurn[];
}

export const TEST_SET_DIR = join(import.meta.dirname, '../assistant/test-set');
export const TEST_SET_2_DIR = join(import.meta.dirname, '../assistant/test-set-2');
export const TEST_SET_3_DIR = join(import.meta.dirname, '../assistant/test-set-3');
export const TEST_SET_4_DIR = join(import.meta.dirname, '../assistant/test-set-4');
export const TEST_SET_5_DIR = join(import.meta.dirname, '../assistant/test-set-5');
export const TEST_SET_6_DIR = join(import.meta.dirname, '../assistant/test-set-6');
export const TEST_SET_7_DIR = join(import.meta.dirname, '../assistant/test-set-7');
export const TEST_SET_8_DIR = join(import.meta.dirname, '../assistant/test-set-8');
export const TEST_SET_9_DIR = join(import.meta.dirname, '../assistant/test-set-9');
export const TEST_SET_10_DIR = join(import.meta.dirname, '../assistant/test-set-10');
export const TEST_SET_11_DIR = join(import.meta.dirname, '../assistant/test-set-11');
export const DEV_SET_DIR = join(import.meta.dirname, '../assistant/dev-set');
export const DEV_SET_2_DIR = join(import.meta.dirname, '../assistant/dev-set-2');
export const DEV_SET_3_DIR = join(import.meta.dirname, '../assistant/dev-set-3');
export const DEV_SET_4_DIR = join(import.meta.dirname, '../assistant/dev-set-4');
export const DEV_SET_5_DIR = join(import.meta.dirname, '../assistant/dev-set-5');
export const DEV_SET_6_DIR = join(import.meta.dirname, '../assistant/dev-set-6');
export const DEV_SET_7_DIR = join(import.meta.dirname, '../assistant/dev-set-7');
const DEFAULT_DAY = '2026-11-24';

export function loadTestSet(dir = TEST_SET_DIR): { questions: TestItem[]; dialogues: TestItem[] } {
  const items = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')) as TestItem[]);
  return { questions: items.filter((i) => !i.dialogue), dialogues: items.filter((i) => i.dialogue) };
}

/** Lower case, no accents, « œ » written « oe » (« vœu » is « voeu »), no spaces of any kind, one apostrophe. */
export function squash(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/gu, '');
}

/** Staff e-mails and surnames an out-of-scope answer must not name. */
const STAFF_MARKS = ['@univ-amu.fr', 'caussanel', 'thuillier', 'ramadour', 'chifu', 'bresset', 'salmi'];

/** Why a reply does not satisfy a turn; empty when it does. */
export function problemsOf(turn: TestTurn, reply: Reply): string[] {
  const text = renderPlainText(reply);
  const flat = squash(text);
  const problems: string[] = [];
  for (const fact of turn.expect ?? []) if (!flat.includes(squash(fact))) problems.push(`missing « ${fact} »`);
  for (const group of turn.expectAny ?? []) if (!group.some((fact) => flat.includes(squash(fact)))) problems.push(`missing one of « ${group.join(' | ')} »`);
  if (turn.startsWith) {
    const first = text.split('\n').find((l) => l.trim())?.trim() ?? '';
    if (!squash(first).startsWith(squash(turn.startsWith))) problems.push(`starts with « ${first.slice(0, 40)} », expected « ${turn.startsWith} »`);
  }
  const answered = reply.kind === 'answer' || reply.kind === 'computation';
  if (turn.kind === 'answer' && !answered) problems.push(`kind ${reply.kind}, expected an answer`);
  if (turn.kind && turn.kind !== 'answer' && reply.kind !== turn.kind) problems.push(`kind ${reply.kind}, expected ${turn.kind}`);
  if (turn.scope === 'out') {
    if (answered) problems.push('out of scope but answered');
    const named = STAFF_MARKS.filter((m) => flat.includes(m));
    if (named.length) problems.push(`out of scope but names staff (${named.join(', ')})`);
  }
  return problems;
}

export interface Scored {
  item: TestItem;
  problems: string[];
}

export function scoringAssistant(): Assistant {
  return createAssistant(realKnowledge(), { conversations: new MemoryConversationStore() });
}

function message(turn: TestTurn, conversation?: string) {
  return { text: turn.q, user: { id: 'scorer', role: turn.as ?? 'student' }, channel: { kind: 'dm' as const }, now: noonInParis(isoDate(turn.now ?? DEFAULT_DAY)), conversation };
}

export async function scoreQuestions(assistant: Assistant, questions: TestItem[]): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const item of questions) out.push({ item, problems: problemsOf(item, await assistant.handle(message(item))) });
  return out;
}

/** A dialogue passes when each of its turns does, asked in order in one conversation. */
export async function scoreDialogues(assistant: Assistant, dialogues: TestItem[]): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const [n, item] of dialogues.entries()) {
    const problems: string[] = [];
    for (const [i, turn] of item.dialogue!.entries()) {
      const reply = await assistant.handle(message({ ...turn, as: turn.as ?? item.as, now: turn.now ?? item.now }, `score:${n}:${item.id}`));
      for (const p of problemsOf(turn, reply)) problems.push(`turn ${i + 1} « ${turn.q} »: ${p}`);
    }
    out.push({ item, problems });
  }
  return out;
}

export function accuracy(scored: Scored[]): number {
  return scored.length === 0 ? 1 : scored.filter((s) => s.problems.length === 0).length / scored.length;
}
