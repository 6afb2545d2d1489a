/**
 * The README's commands, run as a new user would type them (issue 13). CI runs this suite on a
 * fresh clone (`.ci/run`: `npm install && npm test`, CI=true, no standard input), so the README's
 * two quick-start commands and its examples are checked where it matters.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const SCRIPTS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Every command line of the README's ```sh blocks, comments removed. */
const commands = [...README.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean));
/** Optional parts written [like this] are left out; `a|b` alternatives keep the first. */
const runnable = (command: string) => command.replace(/ \[[^\]]*\](?=\s|$)/g, '');

const dataDir = mkdtempSync(join(tmpdir(), 'readme-'));
const env = { ...process.env, DATA_DIR: dataDir, CI: 'true' };
const sh = (command: string, input = '') => spawnSync('sh', ['-c', command], { cwd: ROOT, env, input, encoding: 'utf8', timeout: 60_000 });

describe("the README's commands (issue 13)", { timeout: 120_000 }, () => {
  test('GIVEN the quick start THEN it says npm install && npm start and npm install && npm test', () => {
    expect(commands).toContain('npm install && npm start');
    expect(commands).toContain('npm install && npm test');
  });

  test('GIVEN every npm command of the README THEN its script exists, and every --json one runs npm with -s', () => {
    for (const command of commands) {
      for (const m of command.matchAll(/npm (?:run )?(?:-s )?([\w:]+)/g)) if (m[1] !== 'install' && m[1] !== 'run') expect(SCRIPTS, command).toHaveProperty(m[1]!);
      if (/--json/.test(command)) expect(command, 'npm writes its header lines into the JSON without -s').toMatch(/npm run -s /);
    }
  });

  test('GIVEN npm start with no standard input (as in CI) THEN the greeting, then a clean goodbye', () => {
    const result = sh('npm start -s');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("Assistant de l'alternance MIAGE");
    expect(result.stdout.trim().endsWith('Au revoir !')).toBe(true);
  });

  test('GIVEN each ask example of the README THEN it runs, and --json prints JSON only', () => {
    const pdf = join(dataDir, 'arret.pdf');
    writeFileSync(pdf, '%PDF-1.4\n% arret\n%%EOF\n');
    const asks = commands.filter((c) => /npm run -s ask/.test(c)).map(runnable);
    expect(asks.length).toBeGreaterThanOrEqual(4);
    for (const command of asks) {
      const result = sh(command.replace('document=./arret.pdf', `document=${pdf}`));
      expect(result.status, `${command}\n${result.stderr}`).toBe(0);
      if (/--json|--batch/.test(command)) for (const line of result.stdout.trim().split('\n')) expect(() => JSON.parse(line), `${command}\n${line}`).not.toThrow();
    }
  });

  test.each(['npm start -s -- --help', 'npm run -s ask -- --help', 'npm run -s discord:deploy -- --help', 'npm run -s knowledge:check -- --help', 'npm run -s bench -- --help'])(
    'GIVEN %s THEN a French usage text, exit 0',
    (command) => {
      const result = sh(command);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Usage : npm /);
    },
  );

  test.each([
    ['npm start -s -- --as', /^Option --as : il manque sa valeur/],
    ['npm start -s -- --couleur', /^Option inconnue : --couleur\./],
    ['npm start -s hr', /^Argument inattendu : « hr »\. .*npm start -- --as hr/],
    ['npm run -s ask -- question --as', /^Option --as : il manque sa valeur/],
  ])('GIVEN %s THEN one French line naming the problem, no stack trace, exit 2', (command, message) => {
    const result = sh(command);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|at .*\.js:\d+/);
  });

  test('GIVEN npm run knowledge:check THEN the knowledge is valid', () => {
    expect(execFileSync('npm', ['run', '-s', 'knowledge:check'], { cwd: ROOT, env, encoding: 'utf8' })).toContain('Base de connaissances valide');
  });
});
