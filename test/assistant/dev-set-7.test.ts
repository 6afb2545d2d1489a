/**
 * The seventh development set (test/assistant/dev-set-7/): 240 yes/no questions (half Oui, half Non), 80 on the edge of
 * the scope (50 out of scope, 30 not in the documents) and 30 dialogues ending on a yes/no follow-up, written by a
 * helper from the seeds and LEGAL-UPDATES alone, to be read for failure classes. First run (f22a27b): 182/320,
 * 5/30 dialogues, 6/50 out of scope answered, 12 wrong Oui/Non; at that stop’s end (read for classes): 193/320,
 * 13/30 dialogues, 4/50, 2 wrong Oui/Non.
 */
import { describeFloors } from '../support/floors.ts';
import { DEV_SET_7_DIR } from '../support/scoring.ts';

describeFloors('the seventh development set', DEV_SET_7_DIR, { questions: 0.6, dialogues: 0.43, outOfScopeAnswered: 4 }, { questions: 320, outOfScope: 50, dialogues: 30 }, true);
