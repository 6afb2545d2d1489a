/**
 * The first independent test set (test/assistant/test-set/): written from the documents by someone
 * who had read neither the code nor the tuning set, frozen before tuning. Its failures were then read
 * to find failure classes (never to copy a sentence), so it is no longer a fresh measure: the second
 * and third sets are. These floors guard against regressions at today's level — see `npm run score`.
 * (« Qui signe le contrat … côté formation ? » had passed on « côté » read as « cotisations », a match by
 * chance, and fails since « côté » is a word of no subject.)
 */
import { describeFloors } from '../support/floors.ts';
import { TEST_SET_DIR } from '../support/scoring.ts';

describeFloors('the first independent test set', TEST_SET_DIR, { questions: 0.96, dialogues: 1, outOfScopeAnswered: 0 }, { questions: 300, outOfScope: 40, dialogues: 30 }, true);
