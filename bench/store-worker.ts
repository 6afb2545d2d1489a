/**
 * One instance of `npm run bench:store`: opens the store (SQLite file or PostgreSQL URL), says
 * READY, waits for GO on stdin, then submits sick notes with a document through the workflow,
 * `concurrency` at a time, and prints the latency of each submission (ms) as JSON.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { RequestService, type Actor } from '../src/requests/index.ts';
import { openStore } from '../src/store/index.ts';
import { minimalPdf } from '../test/support/documents.ts';
import { at, requestRules, sickValues } from '../test/support/requests.ts';

const [target, countArg, concurrencyArg, worker] = process.argv.slice(2) as [string, string, string, string];
const count = Number(countArg);
const concurrency = Number(concurrencyArg);
const store = await openStore(/^postgres/.test(target) ? { databaseUrl: target, sqliteFile: '' } : { sqliteFile: target });
const service = new RequestService(store, requestRules());
const hr: Actor = { id: `bench-${worker}`, role: 'hr', staffFunctions: [] };
// A realistic scan: 60 kB, structurally a PDF (the workflow reads documents by their structure).
const documents = Array.from({ length: 8 }, () => minimalPdf(randomBytes(30_000).toString('hex')));

// Warm-up, not measured: the first submissions pay for JIT compilation and first allocations.
for (let i = 0; i < 30; i += 1) {
  await service.submit({ formId: 'arret-maladie', values: sickValues({ alternant: `Essai ${worker}-${i}`, document: { filename: 'essai.pdf', bytes: documents[0]! } }), actor: hr, now: at('2026-11-03'), idempotencyKey: `warm-up:${worker}:${i}` });
}
process.stdout.write('READY\n');
await new Promise((resolve) => process.stdin.once('data', resolve));

const latencies: number[] = [];
let next = 0;
async function lane() {
  for (let i = next++; i < count; i = next++) {
    const started = performance.now();
    const outcome = await service.submit({ formId: 'arret-maladie', values: sickValues({ alternant: `Alternant ${worker}-${i}`, document: { filename: `${i}.pdf`, bytes: documents[i % documents.length]! } }), actor: hr, now: at('2026-11-03'), idempotencyKey: `bench:${worker}:${i}` });
    if (outcome.status !== 'stored') throw new Error(`not stored: ${JSON.stringify(outcome)}`);
    latencies.push(performance.now() - started);
  }
}
await Promise.all(Array.from({ length: concurrency }, lane));
await store.close();
process.stdout.write(`${JSON.stringify(latencies)}\n`);
