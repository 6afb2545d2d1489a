/**
 * Entry point: reads the configuration, loads and validates the knowledge base (refusing to start
 * on invalid knowledge), builds the assistant and opens the doors whose settings are present:
 * the terminal chat when there are no Slack or Discord credentials.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runChat } from './adapters/terminal/index.ts';
import { parseRole, UsageError } from './adapters/terminal/options.ts';
import { ConfigError, readConfig } from './config/index.ts';
import { createAssistant } from './core/index.ts';
import { InvalidKnowledgeError, loadKnowledgeOrThrow } from './knowledge/index.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { as: { type: 'string' } }, allowPositionals: false });
  const config = readConfig();
  const assistant = createAssistant(loadKnowledgeOrThrow(resolve(config.KNOWLEDGE_DIR)));
  await runChat(assistant, { input: process.stdin, output: process.stdout, clock: () => new Date(), interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) }, parseRole(values.as));
}

try {
  await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof InvalidKnowledgeError || error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
