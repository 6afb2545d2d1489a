import { describe, expect, test } from 'vitest';
import { renderPlainText, reply, replyJson } from '../../src/core/index.ts';

describe('the plain-text renderer (terminal, JSON text)', () => {
  test('GIVEN a reply THEN title, fields, text, warnings, choices and sources, in that order', () => {
    const text = renderPlainText(
      reply('computation', 'Salaire minimum', {
        fields: [{ label: 'Brut', value: '1 138,88 €' }],
        blocks: ['Premier paragraphe.', '- puce'],
        notes: ['SMIC provisoire'],
        actions: [{ id: 'a', label: 'Choix A', value: 'a' }],
        sources: ['Guide, Tableau 6'],
      }),
    );
    expect(text).toBe(['Salaire minimum', '', 'Brut : 1 138,88 €', '', 'Premier paragraphe.', '', '- puce', '', '⚠ SMIC provisoire', '', '1. Choix A', '', 'Sources :', '- Guide, Tableau 6'].join('\n'));
  });

  test('GIVEN an English reply THEN English headings', () => {
    expect(renderPlainText(reply('answer', 'T', { sources: ['S'], lang: 'en' }))).toContain('Sources:');
  });

  test('GIVEN --json THEN kind, text, data and sources only, data as plain JSON', () => {
    const json = replyJson(reply('computation', 'T', { data: { monthlyGross: 1138.88, date: '2026-11-24' }, sources: ['S'], attachment: { filename: 'x', mime: 'text/csv', bytes: Buffer.from('a') } }));
    expect(Object.keys(json)).toEqual(['kind', 'text', 'data', 'sources']);
    expect(json.data).toEqual({ monthlyGross: 1138.88, date: '2026-11-24' });
  });
});
