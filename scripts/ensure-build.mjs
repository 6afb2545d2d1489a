// Compiles the project (tsc, into dist/) only when a source is newer than the last build, so that a
// second `npm start` or `npm run ask` starts in about a second instead of waiting ~15 s for tsc.
// Plain JavaScript on purpose: it runs before anything is compiled. `--force` always compiles.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');
const inputs = ['src', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

/** The newest modification time under a file or folder (0 when absent). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let max = info.mtimeMs; // a deleted or renamed file changes its folder's time
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const force = process.argv.includes('--force');
const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changed = Math.max(...inputs.map((p) => newest(join(root, p))));
if (force || changed > built) {
  if (!force) process.stderr.write(built ? 'Sources modifiées : compilation (tsc)…\n' : 'Première compilation (tsc)…\n');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('La compilation a échoué : corrigez les erreurs ci-dessus (npm run build).\n');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
