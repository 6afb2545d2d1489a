import { describe, expect, test } from 'vitest';
import { foldForComparison, type Topic } from '../../src/knowledge/index.ts';
import { ask } from '../support/assistant.ts';
import { realKnowledge } from '../support/knowledge.ts';

// English questions get English answers: every topic carries its translation beside the French,
// and one of its examples checks that the English text is the one given.
const knowledge = realKnowledge();
const topics = [...knowledge.entries.values()].filter((e) => e.kind === 'topics').map((e) => e.entry as unknown as Topic);

/** An example asked in English: its facts are in the English text and not all in the French. */
function hasEnglishExample(topic: Topic): boolean {
  const english = foldForComparison([topic.titleEn, topic.answerEn].join('\n'));
  const french = foldForComparison([topic.title, topic.answer].join('\n'));
  return topic.examples.some((x) => x.expect.every((f) => english.includes(foldForComparison(f))) && x.expect.some((f) => !french.includes(foldForComparison(f))));
}

describe('English translations of the topics', () => {
  test('GIVEN the knowledge base THEN it has topics to check', () => {
    expect(topics.length).toBeGreaterThan(40);
  });

  test.each(topics.map((t) => ({ id: t.id, topic: t })))('GIVEN topic $id THEN it has an English title and answer', ({ topic }) => {
    expect(topic.titleEn?.trim(), 'titleEn').toBeTruthy();
    expect(topic.answerEn?.trim(), 'answerEn').toBeTruthy();
    if (topic.guideOutdated) expect(topic.guideOutdatedEn?.trim(), 'guideOutdatedEn').toBeTruthy();
  });

  test.each(topics.map((t) => ({ id: t.id, topic: t })))('GIVEN topic $id THEN one example expects a fact of its English answer', ({ topic }) => {
    expect(hasEnglishExample(topic)).toBe(true);
  });
});

describe('English replies of translated topics', () => {
  test('GIVEN an English question on a translated topic THEN the title and answer are the English ones', async () => {
    const reply = await ask({ q: 'Which days am I at the company in M2?' });
    expect(reply.data.topicId).toBe('rythme-m2');
    expect(reply.title).toBe('Work-study rhythm in M2');
    expect(reply.blocks.join('\n')).toContain('Mondays, Tuesdays and Wednesdays');
    expect(reply.notes.join('\n')).toContain('wrongly says');
  });

  test('GIVEN the same question in French THEN the French title and answer are kept', async () => {
    const reply = await ask({ q: 'En M2 je suis en entreprise quels jours ?' });
    expect(reply.title).toBe("Rythme de l'alternance en M2");
    expect(reply.blocks.join('\n')).toContain('lundis, mardis et mercredis');
  });
});
