/** `npm run ask`: see ask.ts. */
import { join } from 'node:path';
import { buildApp } from '../../bootstrap.ts';
import { readConfig } from '../../config/index.ts';
import { runAsk } from './ask.ts';

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const app = await buildApp(readConfig());
try {
  process.exitCode = await runAsk({ assistant: app.assistant, exportDir: join(app.dataDir, 'exports'), cwd: process.cwd() }, process.argv.slice(2), {
    input: process.stdin,
    output: process.stdout,
    error: process.stderr,
    clock: () => new Date(),
  });
} finally {
  await app.questionLog.close();
  await app.store.close();
}
