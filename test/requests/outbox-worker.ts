/**
 * Child process of the two-process outbox test: submits absences and delivers notifications as
 * fast as it can, next to another copy of itself on the same file, and logs every send (one
 * notification id a line). The parent checks that no id was sent twice.
 */
import { appendFileSync } from 'node:fs';
import { DEFAULT_OUTBOX_POLICY, RequestService, type Actor } from '../../src/requests/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { absenceValues, requestRules } from '../support/requests.ts';

const [file, log, worker] = process.argv.slice(2) as [string, string, string];
const store = new SqliteStore(file);
// One row per claim and slower sends: the two processes interleave on every row, so the test is a
// real race whatever the machine's load (with big batches one process could claim everything first).
const service = new RequestService(store, requestRules(), { outboxPolicy: { ...DEFAULT_OUTBOX_POLICY, batch: 1 } });
service.outbox.register({
  kind: 'chat',
  canDeliver: (recipient) => recipient.startsWith('function:'),
  send: async (n) => {
    await new Promise((r) => setTimeout(r, 10 + Math.random() * 20));
    appendFileSync(log, `${n.id}\n`);
  },
});
const tutor: Actor = { id: `tutor-${worker}`, role: 'tutor', staffFunctions: [] };

// Both workers start together (the parent says go once both are ready): a real race.
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.pause();

let submitting = true;
const delivering = (async () => {
  // Both processes deliver all the time, racing for the same rows, until the submissions end.
  while (submitting) {
    await service.deliverNotifications(new Date());
    // The store answers synchronously: let timers run between rounds.
    await new Promise((r) => setTimeout(r, 1));
  }
  await service.deliverNotifications(new Date());
})();
await Promise.all(
  [0, 1, 2, 3, 4, 5].map((i) => service.submit({ formId: 'absence', values: absenceValues({ alternant: `Alternant ${worker}-${i}` }), actor: tutor, now: new Date(), idempotencyKey: `w${worker}:${i}` })),
);
await new Promise((r) => setTimeout(r, 500));
submitting = false;
await delivering;
await store.close();
