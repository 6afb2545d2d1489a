import { resolve } from 'node:path';
import { loadKnowledgeOrThrow, type Knowledge } from '../../src/knowledge/index.ts';

let cached: Knowledge | undefined;

/** The project's real knowledge base, loaded once per test file. */
export function realKnowledge(): Knowledge {
  cached ??= loadKnowledgeOrThrow(resolve(import.meta.dirname, '../../knowledge'));
  return cached;
}
