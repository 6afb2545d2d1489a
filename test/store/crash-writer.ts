/**
 * Child process of the crash test: submits requests as fast as it can and prints one line per
 * acknowledged submission (after the store's commit resolved). The parent kills it with SIGKILL.
 */
import { minimalPdf } from '../support/documents.ts';
import { createHash, randomBytes } from 'node:crypto';
import { RequestService, type Actor } from '../../src/requests/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { at, requestRules, sickValues } from '../support/requests.ts';

const [file, writer] = process.argv.slice(2) as [string, string];
const store = new SqliteStore(file);
const service = new RequestService(store, requestRules());
const hr: Actor = { id: `hr-${writer}`, role: 'hr', staffFunctions: [] };

for (let i = 0; ; i += 1) {
  const bytes = minimalPdf(randomBytes(10_000 + (i % 7) * 5_000).toString('hex'));
  const key = `crash:${writer}:${i}`;
  const outcome = await service.submit({ formId: 'arret-maladie', values: sickValues({ alternant: `Alternant ${writer}-${i}`, document: { filename: `${i}.pdf`, bytes } }), actor: hr, now: at('2026-11-03'), idempotencyKey: key });
  if (outcome.status !== 'stored') throw new Error(`not stored: ${JSON.stringify(outcome)}`);
  process.stdout.write(`ACK ${outcome.request.id} ${key} ${createHash('sha256').update(bytes).digest('hex')}\n`);
}
