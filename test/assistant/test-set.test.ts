/**
 * The first independent test set (test/assistant/test-set/): written from the documents by someone
 * who had read neither the code nor the tuning set, frozen before tuning. Its failures were then read
 * to find failure classes (never to copy a sentence), so it is no longer a fresh measure: the second
 * and third sets are. These floors guard against regressions at today's level — see `npm run score`.
 * (95.5 % since « côté » became a word of no subject: « Qui signe le contrat … côté formation ? » had passed
 * on « côté » read as « cotisations », a match by chance.)
 */
import { describeFloors } from '../support/floors.ts';
import { TEST_SET_DIR } from '../support/scoring.ts';

describeFloors('the first independent test set', TEST_SET_DIR, { questions: 0.955, dialogues: 1, outOfScopeAnswered: 0 }, { questions: 300, outOfScope: 40, dialogues: 30 }, true);
