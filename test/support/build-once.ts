/**
 * Vitest global setup: the tests that run a command as a new process (ask, knowledge:check, the
 * README's commands) run the compiled JavaScript, as `npm start` does; compile it first when a
 * source changed (scripts/ensure-build.mjs does nothing when dist/ is up to date).
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: 'inherit' });
}
