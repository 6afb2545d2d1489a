import { describe, expect, test } from 'vitest';
import { BODY_LINES, layoutReply, renderPlainText, reply, replyJson } from '../../src/core/index.ts';

describe('the plain-text renderer (terminal, JSON text)', () => {
  test('GIVEN a reply THEN the fact on the first line, warnings, fields, text, choices and sources, in that order', () => {
    const text = renderPlainText(
      reply('computation', 'Salaire minimum', {
        fields: [{ label: 'Brut', value: '1 138,88 €' }],
        blocks: ['Premier paragraphe.', '- puce'],
        notes: ['SMIC provisoire'],
        actions: [{ id: 'a', label: 'Choix A', value: 'a' }],
        sources: ['Guide, Tableau 6'],
      }),
    );
    expect(text).toBe(['Salaire minimum — Brut : 1 138,88 €', '⚠ SMIC provisoire', '', 'Premier paragraphe.', '', '- puce', '', '1. Choix A', '', 'Sources :', '- Guide, Tableau 6'].join('\n'));
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

describe('answers that fit a chat (layout)', () => {
  const long = reply('computation', 'Salaire minimum : 1 138,88 € brut par mois', {
    fields: [{ label: 'Taux minimum', value: '61 % du SMIC' }, { label: 'Brut horaire', value: '7,51 €' }],
    blocks: Array.from({ length: 6 }, (_, i) => `Paragraphe ${i + 1} : ${'explication '.repeat(20)}`),
    notes: ['Net ≠ brut.'],
    sources: ["L'alternance à la MIAGE d'Aix-Marseille, guide 2025/2026, §4.2.1, Tableau 6", 'Code du travail, art. D6222-26', 'Code du travail, art. L3231-5', 'Décret n° 2025-1228'],
  });

  test('GIVEN a long answer THEN a few lines shown, the rest folded behind --details, sources on one short line', () => {
    const text = renderPlainText(long, { details: false });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Salaire minimum : 1 138,88 € brut par mois — Taux minimum : 61 % du SMIC ; Brut horaire : 7,51 €');
    expect(lines[1]).toBe('⚠ Net ≠ brut.');
    expect(text).not.toContain('Paragraphe 6');
    expect(text).toContain('(la suite : --details)');
    expect(lines.at(-1)).toBe('Sources : Guide 2025/2026, §4.2.1, Tableau 6 ; C. trav. D6222-26 (+ 2)');
    expect(layoutReply(long).body.join('\n').split('\n').length).toBeLessThanOrEqual(BODY_LINES);
  });

  test('GIVEN --details THEN every paragraph and every source in full', () => {
    const text = renderPlainText(long, { details: true });
    for (let i = 1; i <= 6; i++) expect(text).toContain(`Paragraphe ${i}`);
    expect(text).toContain("- L'alternance à la MIAGE d'Aix-Marseille, guide 2025/2026, §4.2.1, Tableau 6");
    expect(text).not.toContain('--details');
  });

  test('GIVEN the same warning twice (the M2 rhythm warning) THEN it is said once, before the details', () => {
    const warning = 'En M2, le rythme est de 3 jours en entreprise.';
    const text = renderPlainText(reply('answer', 'Rythme du M2', { blocks: ['Lundi et mardi à la faculté.', warning], notes: [warning] }), { details: true });
    expect(text.split(warning)).toHaveLength(2);
    expect(text.split('\n')[1]).toBe(`⚠ ${warning}`);
  });

  test('GIVEN a warning that the year is not in the documents THEN it is the second line, not after 14 lines', () => {
    const r = reply('computation', 'M2 MIAGE 2026/2027 — contrat d’apprentissage', {
      fields: [{ label: 'Début du contrat (DDC)', value: 'entre le 03/06/2026 et le 03/12/2026' }, { label: 'Fin', value: 'x' }],
      blocks: Array.from({ length: 10 }, (_, i) => `- condition ${i}`),
      notes: ['Les dates 2030/2031 de M2 MIAGE ne figurent pas dans les documents.'],
    });
    expect(renderPlainText(r, { details: false }).split('\n')[1]).toContain('ne figurent pas dans les documents');
  });

  test('GIVEN a title like « M. Etienne THUILLIER » THEN the first sentence is not cut after « M. »', () => {
    const r = reply('answer', 'Direction de la MIAGE', { blocks: ['M. Etienne THUILLIER, Direction de la MIAGE — etienne.thuillier@univ-amu.fr\nPour 2026/2027.'] });
    expect(renderPlainText(r, { details: false }).split('\n')[0]).toContain('THUILLIER');
  });
});

describe('choices and sources read well (issue 13)', () => {
  test('GIVEN choices also written as a bullet list THEN they are listed once, numbered', () => {
    const r = reply('clarify', 'Vous voulez parler de…', {
      blocks: ['Choisissez un sujet :', '- Aides à l’employeur\n- Congés pour révisions'],
      actions: [{ id: 'topic:a', label: 'Aides à l’employeur', value: 'Aides à l’employeur' }, { id: 'topic:b', label: 'Congés pour révisions', value: 'Congés pour révisions' }],
    });
    const text = renderPlainText(r, { details: false });
    expect(text.match(/Aides à l’employeur/g)).toHaveLength(1);
    expect(text).toContain('1. Aides à l’employeur');
  });

  test('GIVEN a LEGAL-UPDATES section as a source THEN « contrats de professionnalisation »: alone on the short line, after the document heading in full', () => {
    const r = reply('computation', 'T', { sources: ['Mises à jour légales postérieures au guide (LEGAL-UPDATES.md), Professionalisation contracts'] });
    const short = renderPlainText(r, { details: false });
    expect(short).toContain('Sources : Mises à jour légales : contrats de professionnalisation');
    expect(short).not.toMatch(/professionalisation/i);
    expect(renderPlainText(r, { details: true })).toContain('(LEGAL-UPDATES.md), Professionalisation contracts (contrats de professionnalisation)');
  });
});
