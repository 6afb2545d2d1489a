import { describe, expect, test } from 'vitest';
import { formModals, LIMITS, NO_MENTIONS, renderReply } from '../../../src/adapters/discord/index.ts';
import { reply } from '../../../src/core/index.ts';
import { SICK_LEAVE_FORM } from '../../../src/requests/index.ts';

describe('Discord rendering', () => {
  test('GIVEN user text with mentions and markdown THEN escaped, and no message may ping anyone', () => {
    const [message] = renderReply(reply('error', '@everyone **gras**', { blocks: ['<@123> @here _x_ `code`'], fields: [{ label: 'a', value: '@everyone' }] }));
    const json = JSON.stringify(message!.embeds);
    expect(json).not.toMatch(/@everyone|@here/);
    expect(json).toContain('\\\\*\\\\*gras\\\\*\\\\*');
    expect(message!.allowedMentions).toEqual(NO_MENTIONS);
  });

  test('GIVEN a student name written as a masked link THEN it stays text, not a link', () => {
    const [message] = renderReply(reply('notice', 'Arrêt', { fields: [{ label: 'Alternant(e)', value: '[Valider](https://evil.example)' }], blocks: ['Pour [Valider](https://evil.example)'] }));
    const json = JSON.stringify(message!.embeds);
    expect(json).not.toMatch(/(?<!\\\\)\[Valider\]\(https/);
    expect(json).toContain('\\\\[Valider');
  });

  test('GIVEN a 20 000-character answer THEN several messages, each embed and message within limits, words whole', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `mot${i}`).join(' ');
    const messages = renderReply(reply('answer', 'Long', { blocks: [words], sources: ['Guide, Tableau 5'] }));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
      const total = m.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0), 0);
      expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
      for (const e of m.embeds) expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
    }
    const text = messages.flatMap((m) => m.embeds.map((e) => e.description ?? '')).join(' ');
    expect(text.replace(/\s+/g, ' ')).toBe(words);
    expect(messages.at(-1)!.embeds.at(-1)!.footer?.text).toContain('Tableau 5');
  });

  test('GIVEN 30 fields and 30 buttons THEN every field in the text and 5 rows of 5 buttons', () => {
    const many = Array.from({ length: 30 }, (_, i) => i);
    const [message] = renderReply(reply('answer', 'T', { fields: many.map((i) => ({ label: `L${i}`, value: `V${i}` })), actions: many.map((i) => ({ id: `a${i}`, label: `B${i}`, value: `v${i}` })) }));
    expect(message!.embeds[0]!.title).toMatch(/^T — L0 : V0/);
    for (const i of many) expect(`${message!.embeds[0]!.title}\n${message!.embeds[0]!.description}`).toContain(`L${i} : V${i}`);
    expect(message!.components).toHaveLength(LIMITS.rows);
    for (const row of message!.components) expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
  });

  test('GIVEN the sick-leave form THEN modals of at most 5 components, dates typed, a file upload', () => {
    const modals = formModals(SICK_LEAVE_FORM).map((m) => m.toJSON());
    expect(modals).toHaveLength(2);
    for (const m of modals) expect(m.components.length).toBeLessThanOrEqual(LIMITS.modalComponents);
    const json = JSON.stringify(modals);
    expect(json).toContain('"placeholder":"jj/mm/aaaa"');
    expect(json).toContain('"custom_id":"document"');
  });

  test('GIVEN values typed before THEN the modal is prefilled', () => {
    const json = JSON.stringify(formModals(SICK_LEAVE_FORM, { alternant: 'Jeanne Martin', formation: 'm2' })[0]!.toJSON());
    expect(json).toContain('"value":"Jeanne Martin"');
    expect(json).toMatch(/"value":"m2","default":true/);
  });
});
