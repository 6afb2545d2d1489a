/**
 * The tenth independent test set (test/assistant/test-set-10/): 300 questions and 30 dialogues written from the
 * documents alone by a helper who saw neither the code nor the other sets, committed before it was first run, never
 * tuned on (its failures are never listed). Run on the code of the stop's start (2cbc036): 231/300 = 77.0 % of
 * questions, 16 of 30 dialogues, 8 of 41 out-of-scope questions answered or naming staff, 1 wrong Oui/Non; at the
 * stop's end: the same figures — not one of its 330 items changed. At the end of the next stop (which added the eleventh
 * set): 231/300, 17 of 30 dialogues, 8 of 41.
 */
import { describeFloors } from '../support/floors.ts';
import { TEST_SET_10_DIR } from '../support/scoring.ts';

describeFloors('the tenth independent test set', TEST_SET_10_DIR, { questions: 0.77, dialogues: 0.56, outOfScopeAnswered: 8 }, { questions: 300, outOfScope: 40, dialogues: 30 }, false);
