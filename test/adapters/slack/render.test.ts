import { describe, expect, test } from 'vitest';
import { DETAILS_ACTION, escapeMrkdwn, formToModal, LIMITS, renderReply, splitText } from '../../../src/adapters/slack/render.ts';
import { reply } from '../../../src/core/index.ts';
import { ABSENCE_FORM, SICK_LEAVE_FORM } from '../../../src/requests/index.ts';

const texts = (blocks: Array<Record<string, unknown>>) => JSON.stringify(blocks);

describe('escaping', () => {
  test.each([
    ['<!channel> réunion', '&lt;!channel&gt; réunion'],
    ['<!here|here>', '&lt;!here|here&gt;'],
    ['<@U123> et <#C1>', '&lt;@U123&gt; et &lt;#C1&gt;'],
    ['<https://evil.example|cliquez>', '&lt;https://evil.example|cliquez&gt;'],
    ['A & B', 'A &amp; B'],
  ])('GIVEN %j THEN %j', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });

  test('GIVEN user text everywhere in a reply THEN no raw <, > or & reaches Slack', () => {
    const evil = '<!channel> <@U1> <https://x.y|z> &';
    const message = renderReply(reply('error', evil, { blocks: [evil], fields: [{ label: evil, value: evil }], notes: [evil], sources: [evil], actions: [{ id: 'a', label: evil, value: evil }] }));
    const mrkdwn = JSON.stringify(message.blocks.filter((b) => b.type !== 'header' && b.type !== 'actions'));
    expect(mrkdwn).not.toMatch(/<!|<@|<http/);
    expect(message.text).not.toMatch(/<!|<@/);
  });
});

describe('Block Kit limits', () => {
  test('GIVEN a 10 000-character answer THEN sections of at most 3000 characters, cut at spaces', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `mot${i}`).join(' ');
    const message = renderReply(reply('answer', 'Long', { blocks: [words] }));
    const sections = message.blocks.filter((b) => b.type === 'section') as Array<{ text: { text: string } }>;
    expect(sections.length).toBeGreaterThan(3);
    for (const s of sections) expect(s.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(sections.map((s) => s.text.text).join(' ')).toBe(words);
  });

  test('GIVEN text split THEN pieces end at a paragraph before a word', () => {
    expect(splitText('aaa bbb\n\nccc ddd', 9)).toEqual(['aaa bbb', 'ccc ddd']);
  });

  test('GIVEN 23 fields THEN each shown once, one per line, in sections within the text limit', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: `V${i}` }));
    const message = renderReply(reply('answer', 'T', { fields }));
    const sections = message.blocks.filter((b) => b.type === 'section') as Array<{ text: { text: string } }>;
    expect(sections.every((s) => s.text.text.length <= LIMITS.sectionText)).toBe(true);
    for (let i = 1; i < 23; i++) expect(texts(message.blocks)).toContain(`L${i} : V${i}`);
  });

  test('GIVEN 80 paragraphs THEN at most 50 blocks, the last one saying the rest was left out', () => {
    const message = renderReply(reply('answer', 'T', { blocks: Array.from({ length: 80 }, (_, i) => `paragraphe ${i}`) }));
    expect(message.blocks).toHaveLength(LIMITS.blocks);
    expect(texts(message.blocks.slice(-1))).toContain('trop longue');
  });

  test('GIVEN a long title and button label THEN shortened at a word with an ellipsis', () => {
    const title = 'Titre '.repeat(40);
    const message = renderReply(reply('answer', title, { actions: [{ id: 'x', label: 'Libellé très long '.repeat(10), value: 'v'.repeat(3000) }] }));
    const header = message.blocks[0] as { text: { text: string } };
    expect(header.text.text.length).toBeLessThanOrEqual(LIMITS.header);
    expect(header.text.text.endsWith('…')).toBe(true);
    const button = (message.blocks.find((b) => b.type === 'actions') as { elements: Array<{ text: { text: string }; value: string }> }).elements[0]!;
    expect(button.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
    expect(button.value.length).toBeLessThanOrEqual(LIMITS.actionValue);
  });
});

describe('layout', () => {
  test('GIVEN a computation THEN the fact in the header, warnings, text, buttons, then sources in a context block', () => {
    const message = renderReply(
      reply('computation', 'Salaire minimum', { fields: [{ label: 'Brut', value: '1 138,88 €' }], blocks: ['- un\n- deux'], notes: ['SMIC provisoire'], sources: ['Guide, Tableau 6'], actions: [{ id: 'share', label: 'Partager', value: 'q' }] }),
    );
    expect(message.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'actions', 'context']);
    expect((message.blocks[0] as { text: { text: string } }).text.text).toBe('Salaire minimum — Brut : 1 138,88 €');
    expect(texts(message.blocks.slice(1, 2))).toContain('SMIC provisoire');
    expect(texts(message.blocks)).toContain('• un\\n• deux');
    expect(message.text).toContain('1 138,88 €');
  });

  test('GIVEN a long answer and the question to ask again THEN a « Détails » button; without it, nothing is folded', () => {
    const long = reply('answer', 'T', { blocks: Array.from({ length: 12 }, (_, i) => `Paragraphe ${i} ${'mot '.repeat(30)}`) });
    const folded = renderReply(long, [], { detailsValue: 'la question' });
    const actions = folded.blocks.find((b) => b.type === 'actions') as { elements: Array<{ action_id: string; value: string }> };
    expect(actions.elements).toEqual([expect.objectContaining({ action_id: DETAILS_ACTION, value: 'la question' })]);
    expect(texts(folded.blocks)).not.toContain('Paragraphe 11');
    expect(texts(renderReply(long).blocks)).toContain('Paragraphe 11');
    expect(texts(renderReply(long, [], { details: true, detailsValue: 'q' }).blocks)).toContain('Paragraphe 11');
  });

  test('GIVEN decision buttons THEN they ask for confirmation', () => {
    const message = renderReply(reply('answer', 'Demande', { actions: [{ id: 'request:approve:3', label: 'Approuver', value: '3' }, { id: 'request:reject:3', label: 'Refuser', value: '3' }] }));
    const [approve, reject] = (message.blocks.find((b) => b.type === 'actions') as { elements: Array<Record<string, unknown>> }).elements;
    expect(approve).toMatchObject({ style: 'primary', confirm: { confirm: { text: 'Confirmer' } } });
    expect(reject).toMatchObject({ style: 'danger' });
  });
});

describe('forms become modals', () => {
  test('GIVEN the sick-leave form THEN date pickers, selects, a file input, and its fields as block ids', () => {
    const modal = formToModal(SICK_LEAVE_FORM, '{}') as { blocks: Array<{ block_id?: string; element?: { type: string } }>; title: { text: string } };
    const types = Object.fromEntries(modal.blocks.filter((b) => b.block_id).map((b) => [b.block_id, b.element!.type]));
    expect(types).toEqual({ alternant: 'plain_text_input', email: 'email_text_input', formation: 'static_select', site: 'static_select', debut: 'datepicker', fin: 'datepicker', etabli: 'datepicker', nature: 'static_select', document: 'file_input', note: 'plain_text_input' });
    expect(modal.title.text.length).toBeLessThanOrEqual(LIMITS.modalTitle);
  });

  test('GIVEN the absence form THEN optional fields are marked optional', () => {
    const modal = formToModal(ABSENCE_FORM, '{}') as { blocks: Array<{ block_id?: string; optional?: boolean }> };
    expect(modal.blocks.filter((b) => b.optional).map((b) => b.block_id)).toEqual(['site', 'demi_journee', 'tuteur_email']);
  });
});

describe('Slack markup is removed before the core reads a message', async () => {
  const { plainText } = await import('../../../src/adapters/slack/app.ts');
  test.each([
    ['<@UBOT> quel est le rythme ?', 'quel est le rythme ?'],
    ['<!channel> <!here> salaire', 'salaire'],
    ['voir <#C123|general>', 'voir #general'],
    ['<https://miage-aix-marseille.fr|le site> et <https://x.fr>', 'le site et https://x.fr'],
    ['A &amp; B &lt;3', 'A & B <3'],
  ])('GIVEN %j THEN %j', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});
