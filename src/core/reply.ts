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

/** The plain-text rendering of a reply: the terminal shows it, the JSON output carries it. */
export function renderPlainText(r: Reply): string {
  const lines: string[] = [r.title];
  if (r.fields.length > 0) {
    lines.push('');
    for (const f of r.fields) lines.push(`${f.label} : ${f.value}`);
  }
  for (const block of r.blocks) lines.push('', block);
  if (r.notes.length > 0) {
    lines.push('');
    for (const n of r.notes) lines.push(`⚠ ${n}`);
  }
  if (r.actions.length > 0) {
    lines.push('');
    r.actions.forEach((a, i) => lines.push(`${i + 1}. ${a.label}`));
  }
  if (r.sources.length > 0) {
    lines.push('', r.lang === 'en' ? 'Sources:' : 'Sources :');
    for (const s of r.sources) lines.push(`- ${s}`);
  }
  return lines.join('\n');
}

/** The JSON form of a reply (`--json`): kind, plain text, structured data, sources. */
export function replyJson(r: Reply): { kind: ReplyKind; text: string; data: Record<string, unknown>; sources: string[] } {
  return { kind: r.kind, text: renderPlainText(r), data: JSON.parse(JSON.stringify(r.data)) as Record<string, unknown>, sources: r.sources };
}
