/**
 * `npm run fuzz -- [count] [seed]`: the hostile-input probe (issue 9). Generates `count` messages
 * (default 100 000: free text, commands with arguments, form submissions; see hostile-inputs.ts)
 * and sends each to the app as `npm start` builds it (knowledge, SQLite store on a scratch folder,
 * workflow, assistant). The work runs in a worker thread watched by this one: an input that takes
 * longer than the hang limit is recorded as a hang, the worker is replaced, and the run goes on.
 * Reports exceptions (thrown, or caught by the assistant as unexpected), hangs, broken values
 * shown (NaN, undefined…), p50/p99/max per input class, and the slowest inputs.
 * Exits 1 when there is any exception, hang or broken value.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { buildApp } from '../src/bootstrap.ts';
import { readConfig } from '../src/config/index.ts';
import { renderPlainText } from '../src/core/index.ts';
import { memoryLogger } from '../src/logging/index.ts';
import { brokenValues, hostileMessage, PROBE_CASES, type HostileClass } from './hostile-inputs.ts';

const CHUNK = 500;
const HANG_MS = 10_000;

interface Result {
  i: number;
  kind: HostileClass;
  ms: number;
  length: number;
  preview: string;
  exception?: string;
  broken?: string[];
}

/** The i-th input of a run: chunks are seeded from (seed, chunk number), so any input replays alone. */
function chunkOf(seed: number, chunk: number) {
  return fc.sample(hostileMessage, { numRuns: CHUNK, seed: seed * 100_003 + chunk });
}

function preview(message: { text?: string; formSubmission?: { formId: string; values: Record<string, unknown> } }): { preview: string; length: number } {
  if (message.text !== undefined) return { preview: JSON.stringify(message.text.slice(0, 80)), length: message.text.length };
  const values = message.formSubmission?.values ?? {};
  const shown = Object.entries(values).map(([k, v]) => `${k}=${typeof v === 'string' ? JSON.stringify(v.slice(0, 20)) : '<fichier>'}`);
  const length = Object.values(values).reduce<number>((sum, v) => sum + (typeof v === 'string' ? v.length : 0), 0);
  return { preview: `/${message.formSubmission?.formId} ${shown.join(' ')}`.slice(0, 120), length };
}

async function work(from: number, count: number, seed: number): Promise<void> {
  const config = readConfig({ KNOWLEDGE_DIR: join(process.cwd(), 'knowledge'), DATA_DIR: mkdtempSync(join(tmpdir(), 'fuzz-')) });
  const app = await buildApp(config);
  const logger = memoryLogger();
  // The same assistant, but its unexpected-error log kept in memory to count the exceptions.
  const { createAssistant } = await import('../src/core/index.ts');
  const assistant = createAssistant(app.knowledge, { requests: app.requests, logger });
  if (from === 0) {
    // The probe's own cases first, each the slowest of five runs.
    const staffFunctions = ['responsable-alternance' as const];
    for (const c of PROBE_CASES) {
      let worst = 0;
      for (let run = 0; run < 5; run += 1) {
        const started = performance.now();
        await assistant.handle({ text: c.text, user: { id: `probe:${c.role}`, role: c.role, staffFunctions: c.role === 'staff' ? staffFunctions : [] }, channel: { kind: 'terminal' }, now: new Date('2026-11-24T11:00:00Z') });
        worst = Math.max(worst, performance.now() - started);
      }
      parentPort!.postMessage({ probe: { name: c.name, ms: worst } });
    }
  }
  let chunkNumber = -1;
  let chunk: ReturnType<typeof chunkOf> = [];
  for (let i = from; i < count; i += 1) {
    if (Math.floor(i / CHUNK) !== chunkNumber) {
      chunkNumber = Math.floor(i / CHUNK);
      chunk = chunkOf(seed, chunkNumber);
    }
    const { kind, message } = chunk[i % CHUNK]!;
    parentPort!.postMessage({ started: i });
    const errorsBefore = logger.events.length;
    const started = performance.now();
    let exception: string | undefined;
    let broken: string[] = [];
    try {
      const reply = await assistant.handle(message);
      broken = brokenValues(renderPlainText(reply), message);
      if (logger.events.length > errorsBefore) exception = String(logger.events.at(-1)!.context.error);
    } catch (error) {
      exception = `lancée : ${String(error)}`;
    }
    const ms = performance.now() - started;
    const result: Result = { i, kind, ms, ...preview(message), exception, broken: broken.length ? broken : undefined };
    parentPort!.postMessage({ result });
  }
  parentPort!.postMessage({ done: true });
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
}

async function supervise(count: number, seed: number): Promise<void> {
  const results: Result[] = [];
  const probes: Array<{ name: string; ms: number }> = [];
  const hangs: number[] = [];
  let next = 0;
  const startedAt = performance.now();
  while (next < count) {
    await new Promise<void>((resolve) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { from: next, count, seed } });
      let current = next;
      let timer: NodeJS.Timeout | undefined;
      const watch = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          hangs.push(current);
          next = current + 1;
          void worker.terminate().then(() => resolve());
        }, HANG_MS);
      };
      watch();
      worker.on('message', (m: { started?: number; result?: Result; done?: boolean; probe?: { name: string; ms: number } }) => {
        if (m.probe) probes.push(m.probe);
        if (m.started !== undefined) {
          current = m.started;
          watch();
        }
        if (m.result) {
          results.push(m.result);
          next = m.result.i + 1;
          if (results.length % 10_000 === 0) process.stderr.write(`… ${results.length} entrées\n`);
        }
        if (m.done) {
          clearTimeout(timer);
          next = count;
          void worker.terminate().then(() => resolve());
        }
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        results.push({ i: current, kind: 'texte', ms: 0, length: 0, preview: '(worker)', exception: `worker : ${String(error)}` });
        next = current + 1;
        resolve();
      });
    });
  }

  const exceptions = results.filter((r) => r.exception);
  const broken = results.filter((r) => r.broken);
  const lines = [`Fuzz : ${results.length + hangs.length} entrées générées (graine ${seed}) en ${((performance.now() - startedAt) / 1000).toFixed(1)} s`, `  exceptions : ${exceptions.length}`, `  blocages (> ${HANG_MS / 1000} s) : ${hangs.length}`, `  valeurs cassées affichées : ${broken.length}`, `  au-dessus de 100 ms : ${results.filter((r) => r.ms > 100).length}`];
  for (const kind of ['texte', 'commande', 'formulaire'] as const) {
    const times = results.filter((r) => r.kind === kind).map((r) => r.ms).sort((a, b) => a - b);
    lines.push(`  ${kind.padEnd(10)} n=${String(times.length).padStart(6)}  p50 ${percentile(times, 50).toFixed(2)} ms  p99 ${percentile(times, 99).toFixed(2)} ms  max ${(times.at(-1) ?? 0).toFixed(1)} ms`);
  }
  lines.push('  cas de la sonde (pire de 5) :', ...probes.map((p) => `    ${p.ms.toFixed(2).padStart(7)} ms  ${p.name}`));
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 3);
  lines.push('  les plus lentes :', ...slowest.map((r) => `    ${r.ms.toFixed(1)} ms  n°${r.i} ${r.kind}, ${r.length} caractères : ${r.preview}`));
  for (const r of exceptions.slice(0, 10)) lines.push(`  EXCEPTION n°${r.i} ${r.kind} : ${r.exception} — ${r.preview}`);
  for (const i of hangs.slice(0, 10)) lines.push(`  BLOCAGE n°${i} (rejouer : graine ${seed}, entrée ${i})`);
  for (const r of broken.slice(0, 10)) lines.push(`  VALEUR CASSÉE n°${r.i} : ${r.broken!.join(', ')} — ${r.preview}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = exceptions.length + hangs.length + broken.length > 0 ? 1 : 0;
}

if (isMainThread) {
  const count = Number(process.argv[2] ?? 100_000) || 100_000;
  const seed = Number(process.argv[3] ?? 20261124) || 20261124;
  await supervise(count, seed);
} else {
  const { from, count, seed } = workerData as { from: number; count: number; seed: number };
  await work(from, count, seed);
}
