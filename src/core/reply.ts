import type { Role } from '../knowledge/index.ts';
import type { FieldValue, StaffFunction } from '../requests/index.ts';

/** What kind of reply: a stated fact, a computed one, a question back, "I don't know", a refusal of bad input… */
export type ReplyKind = 'answer' | 'computation' | 'clarify' | 'fallback' | 'error' | 'form' | 'notice';

/** A button: doors render it their own way; `value` is what comes back when it is pressed. */
export interface ReplyAction {
  id: string;
  label: string;
  value: string;
}

/**
 * The platform-neutral answer every door renders (Block Kit, embeds, plain text).
 * Text is plain: paragraphs in `blocks`, lines starting with "- " are bullets.
 */
export interface Reply {
  kind: ReplyKind;
  title: string;
  blocks: string[];
  fields: Array<{ label: string; value: string }>;
  /** Citations, ready to show: "Guide …, Tableau 5". */
  sources: string[];
  /** Warnings the reader must not miss: outdated guide, provisional amount, missing year. */
  notes: string[];
  actions: ReplyAction[];
  /** Private replies go only to the asker (health data, personal computations). */
  visibility: 'public' | 'private';
  /** The structured result (e.g. monthlyGross, ddcMin), for tests and the JSON output. */
  data: Record<string, unknown>;
  lang: 'fr' | 'en';
  /** A file for the asker only (a CSV export, a document they may see); doors send it privately. */
  attachment?: { filename: string; mime: string; bytes: Buffer };
}

export function reply(kind: ReplyKind, title: string, parts: Partial<Omit<Reply, 'kind' | 'title'>> = {}): Reply {
  return { kind, title, blocks: [], fields: [], sources: [], notes: [], actions: [], visibility: 'public', data: {}, lang: 'fr', ...parts };
}

/** Who sent a message, as the doors know them (configuration maps platform users to roles). */
export interface Sender {
  id: string;
  role: Role;
  /** Staff functions held (configuration), for the request workflow. */
  staffFunctions?: StaffFunction[];
  name?: string;
}

/** A message from any door: free text, or a command with its argument string. */
export interface IncomingMessage {
  text?: string;
  command?: { name: string; args: string };
  /** A filled form handed back by a door (modal, prompts, inline values with files read). */
  formSubmission?: { formId: 'arret-maladie' | 'absence'; values: Record<string, FieldValue>; idempotencyKey?: string };
  user: Sender;
  channel: { kind: 'dm' | 'channel' | 'terminal' };
  /**
   * The conversation this message belongs to (a terminal session, a Slack thread or DM, a Discord
   * channel + user): follow-ups are read against its last question. Absent: each message stands alone.
   */
  conversation?: string;
  /** When the message was sent: the core takes the date from here, never from the system clock. */
  now: Date;
}

/**
 * How a reply is laid out in a chat: the fact first, warnings before details, sources last and
 * short. Doors render these parts their own way; details are shown on demand (« Détails » button,
 * `--details`). The content stays the answer's; only its order and what is folded change.
 */
export interface ReplyLayout {
  /** The first line: the title with the fact it is about (figure, date, person). */
  headline: string;
  /** Warnings the reader must not miss, right after the headline, each once. */
  warnings: string[];
  /** A few lines of detail, always shown. */
  body: string[];
  /** The rest, shown on demand; empty when the whole reply fits. */
  details: string[];
  actions: ReplyAction[];
  /** The citations as the reply has them: full with frenchSource, on one short line with shortSource. */
  sources: string[];
}

/**
 * At most this many lines of body under the headline before the rest goes to the details, counted
 * as a chat window shows them: a paragraph of 250 characters is 3 lines of `LINE_WIDTH`.
 */
export const BODY_LINES = 8;
export const LINE_WIDTH = 100;
/** Sources shown before « + n » when details are folded. */
export const SHORT_SOURCES = 2;

// Text with no character beyond ASCII has no accent to take off: the same result without
// Unicode normalisation, which dominates the cost of laying out a reply.
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const foldText = (text: string) => (ASCII_ONLY.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase().replace(/\s+/g, ' ').trim();
// Most of what is laid out is the knowledge base's own text, the same from one reply to the next:
// folded once, kept in a bounded table (emptied when full, so pasted text cannot grow it).
const FOLDED_KEPT = 2048;
const folded = new Map<string, string>();
function fold(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    f = foldText(text);
    if (folded.size >= FOLDED_KEPT) folded.clear();
    if (text.length <= 1000) folded.set(text, f);
  }
  return f;
}

// LEGAL-UPDATES.md names its sections in English. The full citation keeps the heading (so that it
// can be found in the document) with its French after it; the short line says it in French only
// (« Professionalisation » alone reads as a misspelling of « professionnalisation »).
const LEGAL_UPDATE_SECTIONS: Array<[string, string]> = [
  ['Professionalisation contracts', 'contrats de professionnalisation'],
  ['Apprentices: legal bases of the start window', 'apprentissage, bases légales de la fenêtre de début'],
  ['Apprentices: net pay', 'apprentissage, salaire net'],
  ['Apprentices', 'apprentissage'],
  ['Minimum wage (SMIC)', 'SMIC'],
  ['Internship gratification', 'gratification de stage'],
  ['Institutions renamed', 'institutions renommées'],
];

/** A source as a French reader sees it: a LEGAL-UPDATES.md heading followed (full) or replaced (short) by its French. */
export function frenchSource(source: string, lang: 'fr' | 'en' = 'fr', short = false): string {
  if (lang === 'en') return source;
  const m = /^(Mises à jour légales postérieures au guide \(LEGAL-UPDATES\.md\), )(.*)$/s.exec(source);
  if (!m) return source;
  const found = LEGAL_UPDATE_SECTIONS.find(([en]) => m[2]!.startsWith(en));
  if (!found) return source;
  return short ? `${m[1]}${found[1]}${m[2]!.slice(found[0].length)}` : `${m[1]}${found[0]} (${found[1]})${m[2]!.slice(found[0].length)}`;
}

/** "L'alternance à la MIAGE …, guide 2025/2026, §4.2.1" → "Guide 2025/2026, §4.2.1": the same reference, shorter. */
export function shortSource(source: string): string {
  return frenchSource(source, 'fr', true)
    .replace(/^L'alternance à la MIAGE d'Aix-Marseille, guide /, 'Guide ')
    .replace(/^Code du travail, art\. /, 'C. trav. ')
    .replace(/^Code de l'éducation, art\. /, 'C. éduc. ')
    .replace(/^Code de la sécurité sociale, art\. /, 'CSS ')
    .replace(/^Mises à jour légales postérieures au guide \(LEGAL-UPDATES\.md\), /, 'Mises à jour légales : ');
}

/** The first sentence (or first line) of a paragraph, and the rest ("" when nothing is left). */
function firstSentence(block: string): [string, string] {
  const newline = block.indexOf('\n');
  const line = newline === -1 ? block : block.slice(0, newline);
  // Not after an initial or a title (« M. Etienne THUILLIER », « Mme. »).
  const m = /^(.+?(?<!(?:^|\s)(?:\p{Lu}|Mme|Mlle|Dr|art|cf|p|tél|tel|env|ex))[.!?])(\s+)(?=\p{Lu}|«|\d)/u.exec(line);
  const sentence = m ? m[1]! : line;
  return [sentence, block.slice(sentence.length).replace(/^\s+/, '')];
}

export function layoutReply(r: Reply): ReplyLayout {
  const seen = new Set<string>();
  const once = (text: string) => {
    const key = fold(text);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const warnings = r.notes.filter(once);
  // French puts a space before the colon, English does not.
  const fieldLines = r.fields.map((f) => `${f.label}${r.lang === 'en' ? ':' : ' :'} ${f.value}`);
  // A paragraph that repeats a warning (the same caveat said twice) is said once, as the warning;
  // a bullet list of exactly the choices offered below is said once, as the numbered choices.
  const choices = new Set(r.actions.flatMap((a) => [fold(a.label), fold(a.value)]));
  const listsChoices = (block: string) => choices.size > 0 && block.split('\n').every((line) => line.startsWith('- ') && choices.has(fold(line.slice(2))));
  const blocks = r.blocks.filter((b) => !listsChoices(b)).filter(once);
  let headline = r.title;
  const folds = r.kind === 'answer' || r.kind === 'computation';
  const words = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (folds && fieldLines.length > 0) {
    // The first fields are the fact the title announces (the rate, the hourly and monthly SMIC):
    // short ones join the first line while it stays readable.
    const lead: string[] = [];
    const title = fold(r.title);
    while (fieldLines.length > 0 && !title.includes(fold(r.fields[lead.length]!.value)) && (lead.length === 0 || (r.fields[lead.length]!.value.length <= 40 && `${r.title}${lead.join(' ; ')}${fieldLines[0]}`.length <= 140))) {
      lead.push(fieldLines.shift()!);
    }
    if (lead.length > 0) headline = `${r.title} — ${lead.join(' ; ')}`;
  } else if (folds && blocks.length > 0 && !blocks[0]!.startsWith('- ')) {
    let [sentence, rest] = firstSentence(blocks[0]!);
    // « À contacter : » then a list: the first person is the fact, on the first line.
    const listIn = rest ? rest : (blocks[1] ?? '');
    const item = /^(?:- |\d+\. )(.*)$/.exec(listIn.split('\n')[0] ?? '');
    if (sentence.endsWith(':') && item) {
      sentence = `${sentence} ${item[1]!}`;
      const remaining = listIn.split('\n').slice(1).join('\n');
      if (rest) rest = remaining;
      else if (remaining) blocks[1] = remaining;
      else blocks.splice(1, 1);
    }
    // "FI-CAPP : Contrat d'apprentissage…" under the title "FI-CAPP — Contrat d'apprentissage…" adds nothing;
    // a contact line that starts with its title keeps only what follows.
    const titleWords = words(r.title);
    if (words(sentence).startsWith(titleWords) && sentence.length > r.title.length) {
      const cut = sentence.slice(r.title.length).replace(/^[\s,:;—-]+/, '');
      sentence = words(cut) ? cut : '';
    }
    if (sentence.length <= 300) {
      if (sentence && words(sentence) !== titleWords) headline = `${r.title} — ${sentence}`;
      if (rest) blocks[0] = rest;
      else blocks.shift();
    }
  }
  // The remaining fields stay together, one per line, as one paragraph.
  const paragraphs = [...(fieldLines.length > 0 ? [fieldLines.join('\n')] : []), ...blocks];
  const body: string[] = [];
  const details: string[] = [];
  let lines = 0;
  for (const p of paragraphs) {
    // A list item counts as one line: bullets are read at a glance, prose is read word by word.
    const n = p.split('\n').reduce((sum, line) => sum + (/^(- |\d+\. )/.test(line) ? 1 : Math.max(1, Math.ceil(line.length / LINE_WIDTH))), 0);
    // The first paragraph always shows: a reply is never only a title.
    if (!folds || body.length === 0 || (details.length === 0 && lines + n <= BODY_LINES)) {
      body.push(p);
      lines += n;
    } else details.push(p);
  }
  return { headline, warnings, body, details, actions: r.actions, sources: r.sources };
}

/**
 * The plain-text rendering of a reply: the terminal shows it, the JSON output carries it.
 * `details: false` folds what the layout puts behind « Détails » (the terminal's default).
 */
export function renderPlainText(r: Reply, options: { details?: boolean; moreHint?: string } = {}): string {
  const showDetails = options.details ?? true;
  const layout = layoutReply(r);
  const en = r.lang === 'en';
  const lines: string[] = [layout.headline];
  for (const w of layout.warnings) lines.push(`⚠ ${w}`);
  // Fields stay together as a block of lines; paragraphs are separated by a blank line.
  const paragraphs = showDetails ? [...layout.body, ...layout.details] : layout.body;
  for (const p of paragraphs) lines.push('', p);
  if (layout.actions.length > 0) {
    lines.push('');
    layout.actions.forEach((a, i) => lines.push(`${i + 1}. ${a.label}`));
  }
  if (!showDetails && layout.details.length > 0) lines.push('', options.moreHint ?? (en ? '(more: --details)' : '(la suite : --details)'));
  if (layout.sources.length > 0) {
    if (showDetails) {
      lines.push('', en ? 'Sources:' : 'Sources :');
      for (const s of layout.sources) lines.push(`- ${frenchSource(s, r.lang)}`);
    } else {
      const shown = layout.sources.slice(0, SHORT_SOURCES).map(shortSource).join(' ; ');
      const more = layout.sources.length - SHORT_SOURCES;
      lines.push('', `${en ? 'Sources:' : 'Sources :'} ${shown}${more > 0 ? ` (+ ${more})` : ''}`);
    }
  }
  return lines.join('\n');
}

/** What a reply says, without its sources, notes or buttons: where a fact is looked for. */
export function saidText(r: Reply): string {
  return renderPlainText({ ...r, sources: [], notes: [], actions: [] });
}

/** What an entry's reply says under its heading (« Titre — first sentence » keeps the sentence). */
export function bodyText(r: Reply): string {
  return [r.title.split(' — ').slice(1).join(' — '), ...r.blocks].filter(Boolean).join('\n');
}

/** The JSON form of a reply (`--json`): kind, plain text, structured data, sources. */
export function replyJson(r: Reply, options: { details?: boolean } = {}): { kind: ReplyKind; text: string; data: Record<string, unknown>; sources: string[] } {
  return { kind: r.kind, text: renderPlainText(r, options), data: JSON.parse(JSON.stringify(r.data)) as Record<string, unknown>, sources: r.sources };
}
