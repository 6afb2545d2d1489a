import { describe, expect, test } from 'vitest';
import { realAssistant } from '../support/assistant.ts';

describe('typo correction reads a misspelt word as the knowledge word it means, not a real word as another', () => {
  const { matcher } = realAssistant();

  test('GIVEN a misspelt word of five letters or more THEN the knowledge word one edit away', () => {
    expect(matcher.queryTerms('rytme')).toEqual(matcher.queryTerms('rythme'));
    expect(matcher.queryTerms('absance')).toEqual(matcher.queryTerms('absence'));
  });

  test('GIVEN a word of four letters the knowledge base does not use THEN kept as typed (« soir » is not « voir »)', () => {
    for (const word of ['soir', 'foot', 'best', 'sais', 'near']) expect(matcher.queryTerms(word)).toEqual([word]);
  });
});
