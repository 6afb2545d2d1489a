import { formatFrenchDate, Money, parseIsoDate } from '../rules/index.ts';
import type { IndexedEntry, Knowledge } from './loader.ts';
import { holdersOf } from './lookups.ts';

// Keys whose numbers are amounts of euros, and keys whose numbers are percentages.
const MONEY_KEYS = new Set(['hourly', 'monthly', 'ceilingHourly', 'ceilingMonthly']);
const PERCENT_KEYS = new Set(['rate', 'smcShare']);
// Bookkeeping that says nothing to a reader.
const SKIPPED_KEYS = new Set(['id', 'sources', 'examples', 'keywords', 'aliases']);

/** French names of the RNCP "voies d'accès" (routes to a certification). */
export const ACCESS_ROUTE_LABELS: Record<string, string> = {
  studentStatus: "après un parcours sous statut d'élève ou d'étudiant",
  apprenticeship: "en contrat d'apprentissage",
  continuingEducation: 'après un parcours de formation continue',
  professionalisation: 'en contrat de professionnalisation',
  individualApplication: 'par candidature individuelle',
  vae: 'par expérience (VAE)',
};

/** The same routes in English, for English questions. */
export const ACCESS_ROUTE_LABELS_EN: Record<string, string> = {
  studentStatus: 'after studies as a pupil or student',
  apprenticeship: 'on an apprenticeship contract',
  continuingEducation: 'after continuing education',
  professionalisation: 'on a professionalisation contract',
  individualApplication: 'by individual application',
  vae: 'through accreditation of prior experience (VAE)',
};

/**
 * All the facts an entry states, as plain French text (amounts as `1 867,02 €`, rates as `53 %`,
 * dates as written). A routing entry includes the people holding the functions it names.
 * Used to check each entry's own examples against its data.
 */
export function entryText(knowledge: Knowledge, indexed: IndexedEntry): string {
  const parts: string[] = [];
  walk(indexed.entry, '', parts);
  if (indexed.kind === 'deadlines') {
    const rule = indexed.entry as { days: number; kind: string };
    parts.push(deadlineText(rule), deadlineTextEn(rule));
  }
  if (indexed.kind === 'routing') {
    const contacts = (indexed.entry.contacts as Array<{ function: string }> | undefined) ?? [];
    for (const c of contacts) {
      for (const holder of holdersOf(knowledge, c.function)) walk(holder, '', parts);
    }
  }
  return parts.join('\n');
}

function walk(value: unknown, key: string, out: string[]): void {
  if (SKIPPED_KEYS.has(key)) return;
  if (typeof value === 'string') {
    const date = parseIsoDate(value);
    out.push(date ? `${value} (${formatFrenchDate(date)})` : value);
  } else if (typeof value === 'number') {
    if (MONEY_KEYS.has(key)) out.push(Money.euros(value).format());
    else if (PERCENT_KEYS.has(key)) out.push(`${value} %`);
    else out.push(String(value));
  } else if (typeof value === 'boolean') {
    const label = ACCESS_ROUTE_LABELS[key];
    if (label) out.push(`${label} : ${value ? 'oui' : 'non'}`, `${ACCESS_ROUTE_LABELS_EN[key]}: ${value ? 'yes' : 'no'}`);
  } else if (Array.isArray(value)) value.forEach((v) => walk(v, key, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, k, out);
  }
}

/** "10 jours ouvrables", "2 jours ouvrés (48 h ouvrées)". */
export function deadlineText(rule: { days: number; kind: string }): string {
  if (rule.kind === 'ouvres') return `${rule.days} jours ouvrés (${rule.days * 24} h ouvrées)`;
  return `${rule.days} jours ouvrables`;
}

/** "10 working days (jours ouvrables)": the French term kept, since the guide and the forms use it. */
export function deadlineTextEn(rule: { days: number; kind: string }): string {
  if (rule.kind === 'ouvres') return `${rule.days} working days, Monday to Friday (${rule.days * 24} h ouvrées)`;
  return `${rule.days} working days (jours ouvrables)`;
}

/** Lower case, typographic apostrophes and non-breaking spaces folded: how expected facts are compared. */
export function foldForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
}
