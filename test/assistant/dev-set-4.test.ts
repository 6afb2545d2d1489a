/**
 * The fourth development set (test/assistant/dev-set-4/): written from the documents alone by a helper
 * who saw no code, then read for failure classes — a measure of progress, not of what a new user gets
 * (the test sets are). First run (at e48e95a, before any fix from it): 247/320 = 77.2 % of questions,
 * 20 of 28 dialogues, 3 of 41 out-of-scope questions answered or naming staff.
 */
import { describeFloors } from '../support/floors.ts';
import { DEV_SET_4_DIR } from '../support/scoring.ts';

describeFloors('the fourth development set', DEV_SET_4_DIR, { questions: 0.77, dialogues: 0.71, outOfScopeAnswered: 3 }, { questions: 320, outOfScope: 41, dialogues: 28 }, true);
