/**
 * The e-mail channel through nodemailer against a local SMTP server (smtp-server) on loopback,
 * inside the store's outbox: recipients with no chat identity, the fallback when a chat message
 * is undeliverable, refusals by the server, and never a document attached.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createEmailChannel } from '../../../src/adapters/email/index.ts';
import { staffEmails } from '../../../src/bootstrap.ts';
import { UndeliverableError, type NotificationChannel } from '../../../src/requests/index.ts';
import { realKnowledge } from '../../support/knowledge.ts';
import { absenceValues, at, service, sickValues } from '../../support/requests.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}
const received: Received[] = [];
/** Addresses the server refuses for good (550). */
const refused = new Set<string>();
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
  refused.clear();
});

const hr = { id: 'slack:UHR', role: 'hr' as const, staffFunctions: [] };
const tutor = { id: 'slack:UTUT', role: 'tutor' as const, staffFunctions: [] };
const direction = { id: 'slack:UDIR', role: 'staff' as const, staffFunctions: ['direction' as const] };

function setUp(chat?: NotificationChannel) {
  const ctx = service(join(mkdtempSync(join(tmpdir(), 'email-')), 'data.sqlite'));
  if (chat) ctx.service.outbox.register(chat);
  const email = createEmailChannel({
    smtp: { url: `smtp://127.0.0.1:${port}`, from: 'Assistant alternance <alternance@univ-amu.fr>' },
    staffEmails: staffEmails(realKnowledge(), at('2026-11-24')),
    requestType: async (id) => (await ctx.service.peek(id))?.type,
    timeoutMs: 2_000,
  });
  ctx.service.outbox.register(email);
  return { ...ctx, email };
}

/** A chat channel that reaches only the configured staff, and whose DMs to the responsable are closed. */
const chatWithClosedDms: NotificationChannel = {
  kind: 'slack',
  canDeliver: (recipient) => recipient === 'function:responsable-alternance' || recipient === 'function:secretariat-marseille',
  send: async (n) => {
    if (n.recipient === 'function:responsable-alternance') throw new UndeliverableError('channel_not_found');
  },
};

describe('e-mail notifications', () => {
  test('GIVEN a sick note and no chat door THEN the staff concerned get an e-mail at the addresses of the knowledge base, saying where to view the document, nothing attached', async () => {
    const { service: s, email, store } = setUp();
    const outcome = await s.submit({ formId: 'arret-maladie', values: sickValues({ debut: '16/11/2026', fin: '20/11/2026', etabli: '16/11/2026' }), actor: hr, now: at('2026-11-24'), idempotencyKey: 'e1' });
    expect(outcome.status).toBe('stored');
    const to = received.flatMap((r) => r.to).sort();
    // The staff concerned, and the student named (told that a request was filed for them).
    expect(to).toEqual(['feg-miage-marseille@univ-amu.fr', 'jean.caussanel@univ-amu.fr', 'jeanne.martin@etu.univ-amu.fr']);
    const mail = received.find((r) => r.to.includes('jean.caussanel@univ-amu.fr'))!;
    expect(mail.from).toBe('alternance@univ-amu.fr');
    expect(mail.raw).toMatch(/document/);
    expect(mail.raw).not.toMatch(/Content-Disposition: attachment/i);
    expect(mail.raw).not.toMatch(/application\/pdf/i);
    expect(mail.raw).not.toContain('%PDF');
    // Quoted-printable may wrap the line: look for the instruction once unwrapped.
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain('/demandes 1 document');
    const rows = await store.listNotifications({});
    expect(rows.filter((r) => r.status === 'sent').every((r) => r.channel === 'email')).toBe(true);
    email.close();
    await store.close();
  });

  test('GIVEN a chat message undeliverable for good (closed DMs) THEN the e-mail is the fallback, at once, for that recipient only', async () => {
    const { service: s, email, store } = setUp(chatWithClosedDms);
    await s.submit({ formId: 'arret-maladie', values: sickValues({ debut: '16/11/2026', fin: '20/11/2026', etabli: '16/11/2026' }), actor: hr, now: at('2026-11-24'), idempotencyKey: 'e2' });
    expect(received.flatMap((r) => r.to).sort()).toEqual(['jean.caussanel@univ-amu.fr', 'jeanne.martin@etu.univ-amu.fr']);
    const rows = await store.listNotifications({});
    expect(rows.find((r) => r.recipient === 'function:responsable-alternance')).toMatchObject({ status: 'sent', channel: 'email' });
    expect(rows.find((r) => r.recipient === 'function:secretariat-marseille')).toMatchObject({ status: 'sent', channel: 'slack' });
    email.close();
    await store.close();
  });

  test('GIVEN a decision THEN the student and the tutor, who have no chat identity, are told by e-mail', async () => {
    const { service: s, email, store } = setUp();
    const submitted = await s.submit({ formId: 'absence', values: absenceValues(), actor: tutor, now: at('2026-11-24'), idempotencyKey: 'e3' });
    expect(submitted.status).toBe('stored');
    received.length = 0;
    const id = (await store.listRequests({}))[0]!.id;
    const decided = await s.decide({ id, decision: 'approve', actor: direction, now: at('2026-11-25') });
    expect(decided.status).not.toBe('not-found');
    expect(received.flatMap((r) => r.to)).toEqual(expect.arrayContaining(['paul.durand@etu.univ-amu.fr', 'tuteur@entreprise.fr']));
    email.close();
    await store.close();
  });

  test('GIVEN an address the server refuses (550) THEN undeliverable at once (no retries), and the reason is kept for staff', async () => {
    refused.add('jean.caussanel@univ-amu.fr');
    const { service: s, email, store } = setUp();
    await s.submit({ formId: 'arret-maladie', values: sickValues({ debut: '16/11/2026', fin: '20/11/2026', etabli: '16/11/2026' }), actor: hr, now: at('2026-11-24'), idempotencyKey: 'e4' });
    const row = (await store.listNotifications({})).find((r) => r.recipient === 'function:responsable-alternance')!;
    expect(row.status).toBe('undeliverable');
    expect(row.lastError).toContain('550');
    email.close();
    await store.close();
  });

  test('GIVEN the SMTP server down THEN the notification stays pending, to be retried with backoff', async () => {
    const ctx = service();
    const email = createEmailChannel({ smtp: { host: '127.0.0.1', port: 1, from: 'alternance@univ-amu.fr' }, staffEmails: staffEmails(realKnowledge(), at('2026-11-24')), timeoutMs: 1_000 });
    ctx.service.outbox.register(email);
    await ctx.service.submit({ formId: 'arret-maladie', values: sickValues({ debut: '16/11/2026', fin: '20/11/2026', etabli: '16/11/2026' }), actor: hr, now: at('2026-11-24'), idempotencyKey: 'e5' });
    const rows = await ctx.store.listNotifications({});
    expect(rows.every((r) => r.status === 'pending' && r.attempts === 1 && r.nextAttemptAt !== null)).toBe(true);
    email.close();
    await ctx.store.close();
  });
});
