import { describe, expect, test } from 'vitest';
import { createAssistant } from '../../src/core/index.ts';
import type { NotificationChannel, OutboxNotification } from '../../src/requests/index.ts';
import { realKnowledge } from '../support/knowledge.ts';
import { absenceValues, actors, at, service, sickValues } from '../support/requests.ts';

function emailChannel() {
  const sent: OutboxNotification[] = [];
  const channel: NotificationChannel = { kind: 'email', canDeliver: (r) => r.startsWith('email:'), send: async (n) => void sent.push(n) };
  return { channel, sent };
}

describe('the student named is told', () => {
  test('GIVEN HR filing a sick note in a student’s name THEN the student is told by e-mail that it was filed, and by whom', async () => {
    const { service: s } = service();
    const email = emailChannel();
    s.outbox.register(email.channel);
    const outcome = await s.submit({ formId: 'arret-maladie', values: sickValues(), actor: { ...actors.hr, name: 'Mme Leroy' }, now: at('2026-11-03'), idempotencyKey: 'k' });
    expect(outcome).toMatchObject({ status: 'stored', told: ["l'alternant(e)"] });
    expect(email.sent).toHaveLength(1);
    expect(email.sent[0]).toMatchObject({ recipient: 'email:jeanne.martin@etu.univ-amu.fr', kind: 'filed-for-you' });
    expect(email.sent[0]!.message).toContain('transmis(e) à la MIAGE à votre nom (Jeanne Martin) par le service RH de votre entreprise (Mme Leroy)');
    // The address was typed by someone else: the e-mail says nothing about health.
    expect(email.sent[0]!.message).not.toMatch(/arrêt|maladie/i);
  });

  test('GIVEN one student filing an absence for another THEN the other student hears of it, with who filed it', async () => {
    const { service: s } = service();
    const email = emailChannel();
    s.outbox.register(email.channel);
    await s.submit({ formId: 'absence', values: absenceValues({ motif_type: 'autre', alternant: 'Paul Durand' }), actor: { ...actors.student, id: 'slack:UOTHER' }, now: at('2026-11-16'), idempotencyKey: 'k' });
    expect(email.sent.map((n) => [n.recipient, n.message.includes('un(e) étudiant(e), identifiant slack:UOTHER')])).toEqual([['email:paul.durand@etu.univ-amu.fr', true]]);
  });

  test('GIVEN no e-mail channel THEN the reply does not claim the student was told', async () => {
    const { service: s } = service();
    const assistant = createAssistant(realKnowledge(), { requests: s });
    const reply = await assistant.handle({ user: { id: actors.hr.id, role: 'hr', staffFunctions: [] }, channel: { kind: 'dm' }, now: at('2026-11-03'), formSubmission: { formId: 'arret-maladie', values: sickValues(), idempotencyKey: 'k2' } });
    expect(reply.kind).toBe('notice');
    const text = reply.blocks.join('\n');
    expect(text).not.toContain("l'alternant(e)");
    expect(text).toContain('Aucun message n’a pu être envoyé automatiquement');
  });
});
