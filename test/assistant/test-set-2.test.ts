/**
 * The second independent test set (test/assistant/test-set-2/): written from the documents alone
 * at the end of a later stop, committed before being run, never read for tuning (its failures are
 * never listed). First run: 76.7 % of questions, 8 of 12 dialogues, 3 of 20 out-of-scope questions
 * answered or naming staff; raised since as the score rose.
 */
import { describeFloors } from '../support/floors.ts';
import { TEST_SET_2_DIR } from '../support/scoring.ts';

describeFloors('the second independent test set', TEST_SET_2_DIR, { questions: 0.88, dialogues: 0.83, outOfScopeAnswered: 1 }, { questions: 150, outOfScope: 15, dialogues: 10 }, false);
