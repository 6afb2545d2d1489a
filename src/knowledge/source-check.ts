/**
 * Checks the knowledge against the text of the documents it cites:
 * - every figure an entry states (date, amount, percentage, duration, year, phone number, large
 *   or decimal number) appears in the text of a document the entry cites, or in a law entry
 *   (SMIC, pay grids, gratification), so that nothing is said without a source;
 * - every place a citation names (§x.y, Tableau N, Figure N, note N) exists in the document, and
 *   a table, figure or note cited with sections lies in one of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MONTH_PATTERN, MONTHS } from '../rules/index.ts';
import type { Knowledge, KnowledgeError } from './loader.ts';

// Bookkeeping fields that state nothing to a user (sources are checked on their own).
// A yes/no question's wording (`q`) is what someone may ask, wrong figures included (« 31 ans ? » → Non): its `because` states the facts.
const SKIPPED_KEYS = new Set(['id', 'sources', 'examples', 'keywords', 'aliases', 'email', 'url', 'urls', 'file', 'q']);
const LAW_KINDS = new Set(['smic', 'apprentice-pay-grid', 'professionalisation-pay-grid', 'gratification']);

const UNIT_WORDS: Array<[RegExp, string]> = [
  [/^(h|heures?|hours?)$/, 'h'],
  [/^(jours?|days?)$/, 'jours'],
  [/^(semaines?|weeks?)$/, 'semaines'],
  [/^(mois|months?)$/, 'mois'],
  [/^(ans|années?|years?)$/, 'ans'],
  [/^(ects)$/, 'ects'],
];

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\s+/g, ' ');
}

/** 1 867,02 / 1867.02 / 4,50 → "1867.02" / "4.5": one spelling per value. */
function canonicalNumber(text: string): string {
  const n = Number(text.replace(/ /g, '').replace(',', '.'));
  return Number.isFinite(n) ? String(n) : text;
}

const pad = (n: string | number) => String(n).padStart(2, '0');

/**
 * The figures a text states, each as a canonical key (`date:2026-09-03`, `eur:4.5`, `pct:85`,
 * `dur:10 jours`, `year:2026`, `num:151.666`, `tel:0413…`). References to places and articles
 * (§4.2, Tableau 5, D6222-31, décret n° 2025-290) are sources, not figures: they are left out.
 */
export function figuresOf(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const add = (key: string, shown: string) => {
    if (!found.has(key)) found.set(key, shown.trim());
  };
  let t = fold(text);
  // Places and legal references name a source; they are not facts.
  t = t.replace(/§\s?\d+(\.\d+)*/g, ' ');
  t = t.replace(/\b(tableaux?|figures?|notes?|tables?|qualiopi)\s+\d+(\.\d+)*((\s*(,|et|à|and|to)\s*)\d+)*/g, ' ');
  t = t.replace(/\b(art\.|article|articles)?\s*\b[lrd]\s?\d{3,4}(-\d+)+\b/g, ' ');
  t = t.replace(/\bn°\s?\d{4}-\d+/g, ' ');
  t = t.replace(/\b(rncp|rs)\s?\d+/g, (m) => {
    add(`num:${m.replace(/\D/g, '')}`, m);
    return ' ';
  });
  t = t.replace(/\b0\d( ?[.]?\d\d){4}\b/g, (m) => {
    add(`tel:${m.replace(/\D/g, '')}`, m);
    return ' ';
  });
  t = t.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (m, d: string, mo: string, y: string) => {
    add(`date:${y}-${pad(mo)}-${pad(d)}`, m);
    return ' ';
  });
  t = t.replace(/\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g, (m, d: string, mo: string, y: string) => {
    add(`date:${y}-${pad(mo)}-${pad(d)}`, m);
    return ' ';
  });
  // A time of day (« 08h00 », « 13h »): the same figure as « 8 h ».
  t = t.replace(/\b(\d{1,2})h(\d{2})?\b/g, (m, h: string) => {
    add(`dur:${Number(h)} h`, m);
    return ' ';
  });
  t = t.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m, y: string, mo: string, d: string) => {
    add(`date:${y}-${mo}-${d}`, m);
    return ' ';
  });
  t = t.replace(new RegExp(`\\b(1er|\\d{1,2}) (${MONTH_PATTERN}) (\\d{4})\\b`, 'g'), (m, d: string, name: string, y: string) => {
    add(`date:${y}-${pad(MONTHS.get(name) ?? 0)}-${pad(d === '1er' ? 1 : d)}`, m);
    return ' ';
  });
  t = t.replace(new RegExp(`\\b(${MONTH_PATTERN}) (\\d{4})\\b`, 'g'), (m, name: string, y: string) => {
    add(`month:${y}-${pad(MONTHS.get(name) ?? 0)}`, m);
    return ' ';
  });
  t = t.replace(/(\d[\d ]*(?:[.,]\d+)?) ?(€|euros?\b)/g, (m, n: string) => {
    add(`eur:${canonicalNumber(n.trim())}`, m);
    return ' ';
  });
  t = t.replace(/(\d+(?:[.,]\d+)?) ?%/g, (m, n: string) => {
    add(`pct:${canonicalNumber(n)}`, m);
    return ' ';
  });
  t = t.replace(/\b(\d+(?:[.,]\d+)?) ?([a-zéû]+)\b/g, (m, n: string, word: string) => {
    const unit = UNIT_WORDS.find(([re]) => re.test(word))?.[1];
    if (!unit) return m;
    add(`dur:${canonicalNumber(n)} ${unit}`, m);
    return ' ';
  });
  // A postal code written « 13 001 » or « 13001 ».
  t = t.replace(/\b(\d{2}) ?(\d{3})\b(?= [a-zé])/g, (m, a: string, b: string) => {
    add(`num:${a}${b}`, m);
    return ' ';
  });
  t = t.replace(/\b(19|20)\d{2}\b/g, (m) => {
    add(`year:${m}`, m);
    return ' ';
  });
  t = t.replace(/\b\d+[.,]\d+/g, (m) => {
    add(`num:${canonicalNumber(m)}`, m);
    return ' ';
  });
  t.replace(/\b\d{3,}\b/g, (m) => {
    add(`num:${m}`, m);
    return ' ';
  });
  return found;
}

/** Everything a document's text states, with the keys its full dates imply (month, year). */
function documentFigures(text: string): Set<string> {
  const keys = new Set(figuresOf(text).keys());
  // A tab-separated table whose column header says « (en %) » (RNCP statistics) holds percentages.
  let percentColumns: number[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length < 2) {
      percentColumns = [];
      continue;
    }
    const headers = cells.flatMap((c, i) => (/\(en %\)/.test(c) ? [i] : []));
    if (headers.length > 0) percentColumns = headers;
    else for (const i of percentColumns) if (/^\d+(,\d+)?$/.test(cells[i] ?? '')) keys.add(`pct:${canonicalNumber(cells[i]!)}`);
  }
  // The M2 description's course tables give a unit's credits in its ECTS column (« OBL. 8 »),
  // and its content section « (ECTS, 30 par semestre) ».
  for (const m of text.matchAll(/\b(?:OBL|OPT)\. (\d+)\b|\bECTS, (\d+) par\b/g)) keys.add(`dur:${Number(m[1] ?? m[2])} ects`);
  for (const key of [...keys]) {
    const date = /^date:(\d{4})-(\d{2})-\d{2}$/.exec(key);
    if (date) keys.add(`month:${date[1]}-${date[2]}`).add(`year:${date[1]}`);
    const month = /^month:(\d{4})-\d{2}$/.exec(key);
    if (month) keys.add(`year:${month[1]}`);
  }
  return keys;
}

/** The text of each document that has one (`file` in documents.yaml), by document id. */
export function documentTexts(knowledge: Knowledge, dir: string): { texts: Map<string, string>; errors: KnowledgeError[] } {
  const texts = new Map<string, string>();
  const errors: KnowledgeError[] = [];
  for (const doc of knowledge.documents.values()) {
    if (!doc.file) continue;
    const path = join(dir, 'documents', doc.file);
    if (!existsSync(path)) errors.push({ file: 'knowledge/documents.yaml', path: doc.id, message: `texte du document introuvable : documents/${doc.file}` });
    else texts.set(doc.id, readFileSync(path, 'utf8'));
  }
  return { texts, errors };
}

/** The strings an entry states (its facts), without bookkeeping fields. */
function statedText(value: unknown, key = '', out: string[] = []): string[] {
  if (SKIPPED_KEYS.has(key)) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => statedText(v, key, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) statedText(v, k, out);
  return out;
}

/** The figures the law entries state (SMIC values, grid rates, gratification): usable by any entry. */
function lawFigures(knowledge: Knowledge): Set<string> {
  const keys = new Set<string>();
  for (const s of knowledge.smic) keys.add(`eur:${s.hourly}`).add(`eur:${s.monthly}`).add(`date:${s.validFrom}`);
  for (const row of [...knowledge.apprenticeGrid, ...knowledge.professionalisationGrid]) {
    for (const b of row.bands) {
      keys.add(`pct:${b.rate}`);
      if (b.smcShare !== undefined) keys.add(`pct:${b.smcShare}`);
    }
  }
  for (const g of knowledge.gratificationRates) keys.add(`eur:${g.hourly}`).add(`eur:${g.ceilingHourly}`);
  return keys;
}

/**
 * Every figure of every entry that neither its cited documents nor the law entries state.
 * An entry citing only documents without a text (articles of a code) may state only law figures.
 */
export function checkFigures(knowledge: Knowledge, texts: Map<string, string>): KnowledgeError[] {
  const errors: KnowledgeError[] = [];
  const byDoc = new Map([...texts].map(([id, text]) => [id, documentFigures(text)]));
  const law = lawFigures(knowledge);
  for (const e of knowledge.entries.values()) {
    if (LAW_KINDS.has(e.kind)) continue;
    const cited = [...new Set(e.sources.map((s) => s.doc))];
    const known = cited.map((d) => byDoc.get(d)).filter((s): s is Set<string> => s !== undefined);
    const figures = figuresOf(statedText(e.entry).join('\n'));
    for (const [key, shown] of figures) {
      if (law.has(key) || known.some((k) => k.has(key))) continue;
      errors.push({ file: e.file, path: e.id, message: `« ${shown} » n'apparaît dans aucune source citée (${cited.join(', ')}) : citez le document qui le dit, ou retirez-le` });
    }
  }
  return errors;
}

/** The numbering a document really has: its sections, tables, figures and footnotes, with their lines. */
export interface DocumentNumbering {
  /** Section number → first line; a section runs until the next section of the same or a higher level. */
  sections: Map<string, number>;
  tables: Map<number, number>;
  figures: Map<number, number>;
  notes: Map<number, number>;
}

export function numberingOf(text: string): DocumentNumbering {
  const lines = text.split('\n');
  const numbering: DocumentNumbering = { sections: new Map(), tables: new Map(), figures: new Map(), notes: new Map() };
  let lastNote = 0;
  lines.forEach((line, i) => {
    const heading = /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.? +(\S.*)$/.exec(line);
    const caption = /^\s*(Tableau|Figure) (\d+)\.(?:\s|$)/.exec(line);
    if (caption) {
      const map = caption[1] === 'Tableau' ? numbering.tables : numbering.figures;
      if (!map.has(Number(caption[2]))) map.set(Number(caption[2]), i);
      return;
    }
    if (!heading) return;
    const [, num = '', rest = ''] = heading;
    // A footnote: the next number in sequence, followed by a sentence (footnotes count up through the document).
    if (!num.includes('.') && Number(num) === lastNote + 1 && /^[A-ZÀ-Ý«"]/.test(rest) && !isSectionTitle(num, rest, numbering)) {
      numbering.notes.set(Number(num), i);
      lastNote = Number(num);
      return;
    }
    if (/^[A-ZÀ-Ý]/.test(rest.trim()) && rest.trim().length < 120 && !rest.trim().endsWith(',')) {
      const parent = num.split('.').slice(0, -1).join('.');
      const isNew = !numbering.sections.has(num);
      if (isNew && (parent === '' ? /^\d+$/.test(num) : numbering.sections.has(parent))) numbering.sections.set(num, i);
    }
  });
  return numbering;
}

/** Top-level section numbers in sequence: « 4 Pendant l'alternance » after §3, not footnote 4. */
function isSectionTitle(num: string, rest: string, numbering: DocumentNumbering): boolean {
  const top = [...numbering.sections.keys()].filter((k) => !k.includes('.')).map(Number);
  const next = (top.length ? Math.max(...top) : 0) + 1;
  return Number(num) === next && rest.trim().length < 80 && !/[.:;]\s*$/.test(rest.trim());
}

/** The lines a section covers: from its heading to the next heading that is not inside it. */
function sectionRange(numbering: DocumentNumbering, section: string, lineCount: number): [number, number] | undefined {
  const start = numbering.sections.get(section);
  if (start === undefined) return undefined;
  const depth = section.split('.').length;
  let end = lineCount;
  for (const [other, line] of numbering.sections) {
    if (line <= start) continue;
    const inside = other.startsWith(`${section}.`);
    if (!inside && other.split('.').length <= depth + 3 && line < end) end = line;
  }
  return [start, end];
}

// A footnote is printed at the foot of the page: it may come a few lines after its section ends.
const NOTE_SLACK_LINES = 60;

/** What one citation names, checked against the document's numbering; empty when it all exists. */
export function checkCitation(ref: string, text: string, numbering: DocumentNumbering = numberingOf(text)): string[] {
  const problems: string[] = [];
  const lineCount = text.split('\n').length;
  for (const part of ref.split(';')) {
    const sections = [...part.matchAll(/§\s?(\d+(?:\.\d+)*)/g)].map((m) => m[1]!);
    for (const s of sections) if (!numbering.sections.has(s)) problems.push(`§${s} n'existe pas dans le document`);
    const places: Array<['Tableau' | 'Figure' | 'note', number]> = [];
    const grab = (re: RegExp, kind: 'Tableau' | 'Figure' | 'note') => {
      for (const m of part.matchAll(re)) {
        const list = m[2]!;
        const range = /(\d+)\s*à\s*(\d+)/.exec(list);
        if (range) for (let n = Number(range[1]); n <= Number(range[2]); n += 1) places.push([kind, n]);
        else for (const n of list.match(/\d+/g) ?? []) places.push([kind, Number(n)]);
      }
    };
    grab(/\b(Tableaux?)\s+(\d+(?:\s*(?:,|et)\s*\d+)*)/g, 'Tableau');
    grab(/\b(Figures?)\s+(\d+(?:\s*(?:,|et)\s*\d+)*)/g, 'Figure');
    grab(/\b(notes?)\s+(\d+(?:\s*(?:,|et|à)\s*\d+)*)/g, 'note');
    for (const [kind, n] of places) {
      const map = kind === 'Tableau' ? numbering.tables : kind === 'Figure' ? numbering.figures : numbering.notes;
      const line = map.get(n);
      if (line === undefined) {
        problems.push(`${kind} ${n} n'existe pas dans le document`);
        continue;
      }
      if (sections.length === 0) continue;
      const slack = kind === 'note' ? NOTE_SLACK_LINES : 0;
      const inside = sections.some((s) => {
        const range = sectionRange(numbering, s, lineCount);
        return range !== undefined && line >= range[0] && line < range[1] + slack;
      });
      if (!inside) problems.push(`${kind} ${n} n'est dans aucune des sections citées avec lui (${sections.map((s) => `§${s}`).join(', ')})`);
    }
  }
  return problems;
}

/** Every citation of every entry against the real numbering of the cited document. */
export function checkCitations(knowledge: Knowledge, texts: Map<string, string>): KnowledgeError[] {
  const errors: KnowledgeError[] = [];
  const numberings = new Map([...texts].map(([id, text]) => [id, numberingOf(text)]));
  for (const e of knowledge.entries.values()) {
    e.sources.forEach((s, j) => {
      const text = texts.get(s.doc);
      const numbering = numberings.get(s.doc);
      if (!s.ref || !text || !numbering) return;
      for (const problem of checkCitation(s.ref, text, numbering)) {
        errors.push({ file: e.file, path: `${e.id}.sources[${j}]`, message: `« ${s.ref} » (${s.doc}) : ${problem}` });
      }
    });
  }
  return errors;
}

/** Both checks of the knowledge against its documents' texts. */
export function checkAgainstDocuments(knowledge: Knowledge, dir: string): KnowledgeError[] {
  const { texts, errors } = documentTexts(knowledge, dir);
  return [...errors, ...checkCitations(knowledge, texts), ...checkFigures(knowledge, texts)];
}

