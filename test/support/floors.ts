/**
 * The floors a scored set must keep: a share of right questions and of passing dialogues, and at most
 * so many out-of-scope questions treated as in scope. Floors are the level measured when a set was
 * first scored (or last raised), rounded towards caution: raise them as the score rises, never lower them.
 * A set that is never read (`listable: false`) fails without printing its questions.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { accuracy, loadTestSet, scoreDialogues, scoreQuestions, scoringAssistant, type Scored } from './scoring.ts';

export interface Floors {
  questions: number;
  dialogues: number;
  outOfScopeAnswered: number;
}

export interface SetSize {
  questions: number;
  outOfScope?: number;
  dialogues?: number;
}

export function describeFloors(label: string, dir: string, floors: Floors, size: SetSize, listable: boolean): void {
  describe(label, () => {
    let singles: Scored[] = [];
    let talks: Scored[] = [];
    beforeAll(async () => {
      const { questions, dialogues } = loadTestSet(dir);
      const assistant = scoringAssistant();
      singles = await scoreQuestions(assistant, questions);
      talks = await scoreDialogues(assistant, dialogues);
    }, 120_000);
    const shown = (xs: Scored[]) => (listable ? xs.map((x) => `${x.item.q ?? x.item.id}: ${x.problems.join('; ')}`).join('\n') : `${xs.length} (not listed: this set is never read)`);

    test(`GIVEN the set THEN it has at least ${size.questions} questions${size.outOfScope ? `, ${size.outOfScope} out of scope` : ''}${size.dialogues ? `, ${size.dialogues} dialogues` : ''}`, () => {
      expect(singles.length).toBeGreaterThanOrEqual(size.questions);
      expect(singles.filter((s) => s.item.scope === 'out').length).toBeGreaterThanOrEqual(size.outOfScope ?? 0);
      expect(talks.length).toBeGreaterThanOrEqual(size.dialogues ?? 0);
    });

    test(`GIVEN every question THEN at least ${(floors.questions * 100).toFixed(1)} % are right`, () => {
      expect(accuracy(singles), shown(singles.filter((s) => s.problems.length))).toBeGreaterThanOrEqual(floors.questions);
    });

    test(`GIVEN every dialogue THEN at least ${(floors.dialogues * 100).toFixed(1)} % pass`, () => {
      expect(accuracy(talks), shown(talks.filter((s) => s.problems.length))).toBeGreaterThanOrEqual(floors.dialogues);
    });

    test(`GIVEN the out-of-scope questions THEN at most ${floors.outOfScopeAnswered} are treated as in scope`, () => {
      const wrong = singles.filter((s) => s.item.scope === 'out' && s.problems.some((p) => p.startsWith('out of scope')));
      expect(wrong.length, shown(wrong)).toBeLessThanOrEqual(floors.outOfScopeAnswered);
    });
  });
}
