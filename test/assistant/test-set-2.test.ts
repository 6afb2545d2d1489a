/**
 * The second independent test set (test/assistant/test-set-2/): written from the documents alone
 * at the end of a later stop, committed before being run, never read for tuning. The first set had
 * been read for failure classes over two stops; this one measures what a new user gets. Floors:
 * its level when first run (76.7 % of questions, 8 of 12 dialogues, 3 of 20 out-of-scope questions
 * answered or naming staff), rounded towards caution — raise them as it rises, never lower them.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { accuracy, loadTestSet, scoreDialogues, scoreQuestions, scoringAssistant, TEST_SET_2_DIR, type Scored } from '../support/scoring.ts';

const FLOORS = { questions: 0.76, dialogues: 0.66, outOfScopeAnswered: 3 };

describe('the second independent test set', () => {
  let singles: Scored[] = [];
  let talks: Scored[] = [];
  beforeAll(async () => {
    const { questions, dialogues } = loadTestSet(TEST_SET_2_DIR);
    const assistant = scoringAssistant();
    singles = await scoreQuestions(assistant, questions);
    talks = await scoreDialogues(assistant, dialogues);
  }, 120_000);

  test(`GIVEN every question THEN at least ${FLOORS.questions * 100} % are right`, () => {
    expect(singles.length).toBeGreaterThanOrEqual(150);
    expect(accuracy(singles)).toBeGreaterThanOrEqual(FLOORS.questions);
  });

  test(`GIVEN every dialogue THEN at least ${FLOORS.dialogues * 100} % pass`, () => {
    expect(accuracy(talks)).toBeGreaterThanOrEqual(FLOORS.dialogues);
  });

  test('GIVEN the out-of-scope questions THEN no more than the floor are treated as in scope', () => {
    const wrong = singles.filter((s) => s.item.scope === 'out' && s.problems.some((p) => p.startsWith('out of scope')));
    expect(wrong.length).toBeLessThanOrEqual(FLOORS.outOfScopeAnswered);
  });
});
