/**
 * `npx tsx bench/notifications-once.ts [processes] [submissions]`: several processes share one
 * SQLite store; each makes `submissions` absence and sick-note submissions, 3 at a time, while
 * delivering notifications in a loop, as every door and timer does. Every send is logged; the
 * report gives the sends per notification, per request and recipient (expected: exactly 1).
 * Exits 1 when any notification was sent twice or not at all.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deadline, loadKnowledgeOrThrow } from '../src/knowledge/index.ts';
import { RequestService, type Actor } from '../src/requests/index.ts';
import { SqliteStore } from '../src/store/index.ts';

const [mode, ...rest] = process.argv.slice(2);

function service(file: string): { store: SqliteStore; requests: RequestService } {
  const knowledge = loadKnowledgeOrThrow(join(process.cwd(), 'knowledge'));
  const store = new SqliteStore(file);
  const rules = { sickLeave: deadline(knowledge, 'delai-arret-entreprise'), professionalAbsence: deadline(knowledge, 'delai-absence-professionnelle'), retentionMonths: 12 };
  return { store, requests: new RequestService(store, rules) };
}

async function worker(file: string, log: string, index: string, submissions: number): Promise<void> {
  const { store, requests } = service(file);
  // One chat channel reaching the staff functions and the submitters; a small delay per send, like an API.
  requests.outbox.register({
    kind: 'chat',
    canDeliver: (r) => r.startsWith('function:') || r.startsWith('user:'),
    send: async (n) => {
      await new Promise((r) => setTimeout(r, 2 + Math.random() * 8));
      appendFileSync(log, `${n.id} ${n.requestId} ${n.recipient}\n`);
    },
  });
  const hr: Actor = { id: `hr-${index}`, role: 'hr', staffFunctions: [] };
  const tutor: Actor = { id: `tutor-${index}`, role: 'tutor', staffFunctions: [] };
  const pdf = { filename: 'arret.pdf', bytes: Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n') };
  let running = true;
  const deliveries = (async () => {
    while (running) {
      await requests.deliverNotifications(new Date());
      await new Promise((r) => setTimeout(r, 1));
    }
  })();
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  process.stdin.pause();
  for (let i = 0; i < submissions; i += 3) {
    await Promise.all(
      [i, i + 1, i + 2]
        .filter((k) => k < submissions)
        .map((k) =>
          k % 2 === 0
            ? requests.submit({ formId: 'absence', values: { motif_type: 'professionnelle', alternant: `Alternant ${index}-${k}`, email: `a${index}${k}@etu.univ-amu.fr`, formation: 'M1', site: 'aix', debut: '07/12/2026', fin: '07/12/2026', motif: 'Salon' }, actor: tutor, now: new Date(), idempotencyKey: `bench:${index}:${k}` })
            : requests.submit({ formId: 'arret-maladie', values: { alternant: `Alternant ${index}-${k}`, email: `a${index}${k}@etu.univ-amu.fr`, formation: 'M2', debut: '20/11/2026', fin: '27/11/2026', etabli: '20/11/2026', nature: 'initial', document: pdf }, actor: hr, now: new Date(), idempotencyKey: `bench:${index}:${k}` }),
        ),
    );
  }
  await new Promise((r) => setTimeout(r, 300));
  running = false;
  await deliveries;
  await store.close();
}

async function main(): Promise<void> {
  const processes = Number(rest[0] ?? 2) || 2;
  const submissions = Number(rest[1] ?? 30) || 30;
  const dir = mkdtempSync(join(tmpdir(), 'notifications-once-'));
  const file = join(dir, 'data.sqlite');
  await new SqliteStore(file).close();
  const logs = Array.from({ length: processes }, (_, i) => join(dir, `sent-${i}.log`));
  const children = logs.map((log, i) => {
    writeFileSync(log, '');
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--worker', file, log, String(i), String(submissions)], { stdio: ['pipe', 'pipe', 'inherit'] });
    return { child, ready: new Promise((r) => child.stdout!.once('data', r)), exited: new Promise((r) => child.on('exit', r)) };
  });
  await Promise.all(children.map((c) => c.ready));
  for (const c of children) c.child.stdin!.end('go\n');
  await Promise.all(children.map((c) => c.exited));

  const sends = logs.flatMap((log) => readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => ({ line, log })));
  const store = new SqliteStore(file);
  const rows = (await store.listNotifications()).filter((n) => n.recipient.startsWith('function:') || n.recipient.startsWith('user:'));
  const requestCount = (await store.listRequests({})).length;
  await store.close();
  const perNotification = new Map<number, number>(rows.map((n) => [n.id, 0]));
  for (const { line } of sends) {
    const id = Number(line.split(' ')[0]);
    perNotification.set(id, (perNotification.get(id) ?? 0) + 1);
  }
  const histogram = new Map<number, number>();
  for (const count of perNotification.values()) histogram.set(count, (histogram.get(count) ?? 0) + 1);
  const byProcess = logs.map((log) => sends.filter((s) => s.log === log).length);
  process.stdout.write(
    [
      `${processes} processus, ${requestCount} demandes (3 soumissions simultanées à la fois par processus), ${rows.length} notifications vers le personnel et les demandeurs`,
      `envois : ${sends.length} (par processus : ${byProcess.join(', ')})`,
      `envois par notification (= par demande et par destinataire) : ${[...histogram.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k} envoi(s) × ${v}`).join(', ')}`,
    ].join('\n') + '\n',
  );
  if ([...perNotification.values()].some((c) => c !== 1)) process.exitCode = 1;
}

if (mode === '--worker') await worker(rest[0]!, rest[1]!, rest[2]!, Number(rest[3]));
else {
  rest.unshift(...(mode === undefined ? [] : [mode]));
  await main();
}
