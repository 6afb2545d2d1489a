import { describe, expect, test } from 'vitest';
import { entryText, foldForComparison } from '../../src/knowledge/index.ts';
import { realKnowledge } from '../support/knowledge.ts';

const knowledge = realKnowledge();
const cases = [...knowledge.entries.values()].flatMap((entry) =>
  entry.examples.map((example) => ({ name: `${entry.id} — « ${example.q} »`, entry, example })),
);

describe("each entry's own examples are answered by its data", () => {
  test('the knowledge base has examples to check', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  test.each(cases)('$name', ({ entry, example }) => {
    const text = foldForComparison(entryText(knowledge, entry));
    for (const fact of example.expect) expect(text).toContain(foldForComparison(fact));
  });
});
