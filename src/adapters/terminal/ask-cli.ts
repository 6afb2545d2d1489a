/** `npm run ask`: see ask.ts. */
import { resolve } from 'node:path';
import { readConfig } from '../../config/index.ts';
import { createAssistant } from '../../core/index.ts';
import { loadKnowledgeOrThrow } from '../../knowledge/index.ts';
import { runAsk } from './ask.ts';

const config = readConfig();
const assistant = createAssistant(loadKnowledgeOrThrow(resolve(config.KNOWLEDGE_DIR)));
process.exitCode = await runAsk(assistant, process.argv.slice(2), { input: process.stdin, output: process.stdout, error: process.stderr, clock: () => new Date() });
