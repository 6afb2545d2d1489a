import { describe, expect, test } from 'vitest';
import { ask, mismatches } from '../support/assistant.ts';
import { realKnowledge } from '../support/knowledge.ts';

const cases = [...realKnowledge().entries.values()].flatMap((entry) => entry.examples.map((example) => ({ name: `${entry.id} — « ${example.q} »`, example })));

describe("the knowledge base's own examples, asked to the whole assistant", () => {
  test.each(cases)('$name', async ({ example }) => {
    const reply = await ask({ q: example.q, as: example.as, now: example.now });
    expect(mismatches({ q: example.q, expect: example.expect }, reply)).toEqual([]);
  });
});
