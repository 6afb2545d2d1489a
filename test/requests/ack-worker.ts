/**
 * Child process of the acknowledgement race test: acknowledges, as one staff member, each request
 * id read on stdin, and prints `done <id> <status>` once the store has answered.
 */
import { createInterface } from 'node:readline';
import { RequestService } from '../../src/requests/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { actors, at, requestRules } from '../support/requests.ts';

const [file, who] = process.argv.slice(2) as [string, 'responsable' | 'secMarseille'];
const store = new SqliteStore(file);
const service = new RequestService(store, requestRules());
for await (const line of createInterface({ input: process.stdin })) {
  const id = Number(line.trim());
  const outcome = await service.acknowledge({ actor: actors[who], id, now: at('2026-11-04') });
  process.stdout.write(`done ${id} ${outcome.status}\n`);
}
await store.close();
