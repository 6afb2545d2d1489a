import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatKnowledgeError, loadKnowledge } from '../../src/knowledge/index.ts';
import { checkCitation, checkCitations, checkFigures, documentTexts, figuresOf, numberingOf } from '../../src/knowledge/source-check.ts';
import { realKnowledge } from '../support/knowledge.ts';

const KNOWLEDGE = resolve(import.meta.dirname, '../../knowledge');
const guide = readFileSync(join(KNOWLEDGE, 'documents/001_1b58e6cf34c82c9d.txt'), 'utf8');
const m2 = readFileSync(join(KNOWLEDGE, 'documents/000_be5ef69d281ff3cf.txt'), 'utf8');

function editedCopy(file: string, edit: (text: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  const result = loadKnowledge(dir);
  return result.errors.map(formatKnowledgeError);
}

describe('Citations: every section, table, note and figure cited exists where it is cited', () => {
  test('GIVEN the guide THEN its real numbering is read: sections to §7, tables 1 to 11, figures 1 to 15, notes 1 to 35', () => {
    const n = numberingOf(guide);
    expect([...n.tables.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect([...n.figures.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect([...n.notes.keys()]).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect([...n.sections.keys()]).toEqual(expect.arrayContaining(['1', '2.1.2', '3.3.2', '4.2.3', '4.3.1', '6.2.3', '7']));
    expect(n.sections.has('8')).toBe(false);
  });

  test('GIVEN the M2 description THEN its sections §1 to §5.2 are read', () => {
    expect([...numberingOf(m2).sections.keys()]).toEqual(expect.arrayContaining(['1', '1', '3.7', '3.8', '4.4', '5.2']));
  });

  test.each([
    ['§6.2.3, Tableau 11', /Tableau 11 n'est dans aucune des sections citées/],
    ['§2.4, Tableau 4', /Tableau 4 n'est dans aucune des sections citées/],
    ['Tableau 12', /Tableau 12 n'existe pas/],
    ['Figure 16', /Figure 16 n'existe pas/],
    ['§4.9', /§4.9 n'existe pas/],
    ['§4.2.1, note 36', /note 36 n'existe pas/],
    ['§2.1.1, note 27', /note 27 n'est dans aucune des sections citées/],
  ])('GIVEN the citation « %s » THEN it is refused', (ref, problem) => {
    expect(checkCitation(ref, guide).join('\n')).toMatch(problem);
  });

  test.each(['§7, Tableau 11', '§6.2.3', '§4.2.1, Tableau 6, note 27', '§3.3.2, Tableau 5, note 22', '§4.6, notes 32 à 34', '§2.1, Tableau 2 ; §2.1.1, Tableau 3, notes 4 et 5', '§2.2.1, Figure 5'])(
    'GIVEN the citation « %s » THEN it is accepted',
    (ref) => {
      expect(checkCitation(ref, guide)).toEqual([]);
    },
  );

  test('GIVEN every citation of the knowledge base THEN each matches the real numbering of its document', () => {
    const k = realKnowledge();
    const { texts, errors } = documentTexts(k, KNOWLEDGE);
    expect(errors).toEqual([]);
    expect(texts.size).toBeGreaterThanOrEqual(6);
    expect(checkCitations(k, texts).map(formatKnowledgeError)).toEqual([]);
  });
});

describe('knowledge:check refuses an entry whose text holds a figure or date its sources do not', () => {
  test('GIVEN figures written in different ways THEN they are read as the same figure', () => {
    expect([...figuresOf('le 01/09/2026, 1er septembre 2026, 2026-09-01, 01-09-2026').keys()]).toEqual(['date:2026-09-01']);
    expect([...figuresOf('4,50 € ou 4.5 €').keys()]).toEqual(['eur:4.5']);
    expect([...figuresOf('10 jours ouvrables, 48 h ouvrées, 85 %').keys()].sort()).toEqual(['dur:10 jours', 'dur:48 h', 'pct:85']);
    expect([...figuresOf('art. D6222-31, §4.2.1, Tableau 6, note 27, décret n° 2025-290').keys()]).toEqual([]);
  });

  test('GIVEN the real knowledge THEN every figure is found in a cited document or a law entry', () => {
    const k = realKnowledge();
    const { texts } = documentTexts(k, KNOWLEDGE);
    expect(checkFigures(k, texts).map(formatKnowledgeError)).toEqual([]);
  });

  test('GIVEN an answer stating a date no cited document gives (15 mai 2027) THEN the check names the entry and the date', () => {
    const errors = editedCopy('programs/miage-amu/faq-remuneration.yaml', (t) => t.replace('Le salaire des apprenti(e)s est exonéré', 'Depuis le 15 mai 2027, le salaire des apprenti(e)s est exonéré'));
    expect(errors.join('\n')).toMatch(/faq-remuneration\.yaml › apprenti-impot: « 15 mai 2027 » n'apparaît dans aucune source citée \(guide-alternance\)/);
  });

  test('GIVEN a figure found only in a document the entry does not cite THEN it is refused', () => {
    // 590 h (the L3I volume) is in the guide, but this entry cites only the M2 description.
    const errors = editedCopy('programs/miage-amu/faq-m2.yaml', (t) => t.replace('Évaluation en session unique', 'Volume de 590 h ; évaluation en session unique'));
    expect(errors.join('\n')).toMatch(/« 590 h » n'apparaît dans aucune source citée \(m2-miage-description\)/);
  });

  test('GIVEN a percentage changed in an answer (55 % → 57 %) THEN it is refused', () => {
    const errors = editedCopy('programs/miage-amu/faq-remuneration.yaml', (t) => t.replace('ne dépasse pas 55 % du SMIC', 'ne dépasse pas 57 % du SMIC'));
    expect(errors.join('\n')).toMatch(/allocations-familiales: « 57 % »/);
  });
});
