/** `npm run ask`: see ask.ts. */
import { join } from 'node:path';
import { buildApp } from '../../bootstrap.ts';
import { ConfigError, readConfig } from '../../config/index.ts';
import { InvalidKnowledgeError } from '../../knowledge/index.ts';
import { runAsk } from './ask.ts';

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

let app: Awaited<ReturnType<typeof buildApp>> | undefined;
try {
  // The app (knowledge, store) is built only once the command line is known to be right:
  // --help and usage mistakes answer at once.
  process.exitCode = await runAsk(
    async () => {
      app = await buildApp(readConfig());
      return { assistant: app.assistant, exportDir: join(app.dataDir, 'exports'), cwd: process.cwd() };
    },
    process.argv.slice(2),
    { input: process.stdin, output: process.stdout, error: process.stderr, clock: () => new Date() },
  );
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof InvalidKnowledgeError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
} finally {
  await app?.questionLog.close();
  await app?.store.close();
}
