/**
 * `npm run bench:store [-- --submissions 600 --concurrency 4 --postgres postgres://…]`:
 * submissions per second with one and with two instances (processes) on SQLite and on
 * PostgreSQL, and the p50/p99 latency of one submission (workflow + document + commit).
 * Without --postgres, a temporary PostgreSQL server is started (initdb/pg_ctl, as the tests do).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createDatabase, postgresBinaries, startTemporaryPostgres, type TemporaryPostgres } from '../test/support/postgres.ts';

const { values } = parseArgs({ options: { submissions: { type: 'string', default: '600' }, concurrency: { type: 'string', default: '4' }, postgres: { type: 'string' } } });
const SUBMISSIONS = Number(values.submissions);
const CONCURRENCY = Number(values.concurrency);

interface Result {
  store: string;
  instances: number;
  perSecond: number;
  p50: number;
  p99: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/** `instances` worker processes share `SUBMISSIONS`; timed from GO to the last one done. */
async function run(store: string, target: string, instances: number): Promise<Result> {
  const workers = Array.from({ length: instances }, (_, w) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'store-worker.ts'), target, String(Math.ceil(SUBMISSIONS / instances)), String(CONCURRENCY), String(w)], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    const ready = new Promise<void>((resolve) => child.stdout!.on('data', () => out.includes('READY\n') && resolve()));
    const done = new Promise<number[]>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.split('\n').filter(Boolean).at(-1)!) as number[]) : reject(new Error(`worker exited with ${code}`)))));
    return { child, ready, done };
  });
  await Promise.all(workers.map((w) => w.ready));
  const started = performance.now();
  for (const w of workers) w.child.stdin!.end('GO\n');
  const latencies = (await Promise.all(workers.map((w) => w.done))).flat().sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  return { store, instances, perSecond: latencies.length / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}

const results: Result[] = [];
for (const instances of [1, 2]) {
  // A fresh file each time, its schema created before the workers start.
  const file = join(mkdtempSync(join(tmpdir(), 'bench-store-')), 'assistant.sqlite');
  const { SqliteStore } = await import('../src/store/index.ts');
  await new SqliteStore(file).close();
  results.push(await run('SQLite', file, instances));
}

let server: TemporaryPostgres | undefined;
let admin = values.postgres;
if (!admin) {
  const bin = postgresBinaries();
  if (bin) {
    server = await startTemporaryPostgres(bin);
    admin = server.url;
  } else process.stderr.write('PostgreSQL introuvable (initdb, pg_ctl) et --postgres absent : mesures PostgreSQL non faites.\n');
}
try {
  if (admin) for (const instances of [1, 2]) results.push(await run('PostgreSQL', await createDatabase(admin), instances));
} finally {
  server?.stop();
}

const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(12) : c.padStart(12))).join('');
process.stdout.write(`${SUBMISSIONS} dépôts (arrêt + PDF de 60 ko), ${CONCURRENCY} en parallèle par instance\n`);
process.stdout.write(`${row(['stockage', 'instances', 'dépôts/s', 'p50 (ms)', 'p99 (ms)'])}\n`);
for (const r of results) process.stdout.write(`${row([r.store, String(r.instances), r.perSecond.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1)])}\n`);
