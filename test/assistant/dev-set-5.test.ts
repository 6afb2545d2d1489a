/**
 * The fifth development set (test/assistant/dev-set-5/): 150 yes/no questions and 60 dialogues written from the
 * documents alone by a helper who saw no code, then read for failure classes — a measure of progress, not of what a
 * new user gets (the test sets are). First run (at 66b6f98, before any fix from it): 74/150 = 49.3 % of questions,
 * 30 of 60 dialogues, 9 wrong Oui/Non. End of that stop, after reading it: 90/150 = 60.0 %, 37/60, 5 wrong Oui/Non; end of the next
 * (2cbc036 → this stop's end): 92/150, 45/60.
 */
import { describeFloors } from '../support/floors.ts';
import { DEV_SET_5_DIR } from '../support/scoring.ts';

describeFloors('the fifth development set', DEV_SET_5_DIR, { questions: 0.62, dialogues: 0.75, outOfScopeAnswered: 0 }, { questions: 150, outOfScope: 0, dialogues: 60 }, true);
