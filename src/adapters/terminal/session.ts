/**
 * What the terminal door does around the core: turns `/arret-maladie … document=./arret.pdf`
 * into a form submission with the file's bytes, and saves attachments (exports, documents) to disk.
 */
import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, realpathSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { parseInlineValues, reply, type Assistant, type IncomingMessage, type Reply, type Sender } from '../../core/index.ts';
import { FORMS, MAX_DOCUMENT_BYTES, type FieldValue, type FormDefinition } from '../../requests/index.ts';
import { formatFileSize } from '../../rules/index.ts';

export interface TerminalContext {
  assistant: Assistant;
  /** Where attachments are written (exports, documents). */
  exportDir: string;
  /** Relative document paths are read from here. */
  cwd: string;
}

/**
 * A path as people paste it: quoted ('/tmp/a b/arret.pdf', "…", as a file manager copies it),
 * with `~/` for the home folder, or with escaped spaces (a\ b.pdf, as a shell completes it).
 */
export function pastedPath(typed: string, cwd: string, home = homedir()): string {
  let path = typed.trim();
  const quoted = /^(['"])(.*)\1$/s.exec(path);
  if (quoted) path = quoted[2]!;
  else path = path.replace(/\\ /g, ' ');
  if (path === '~' || path.startsWith('~/')) path = join(home, path.slice(1));
  return resolve(cwd, path);
}

/**
 * Reads a file field's path (as pasted: see pastedPath); a French message when it cannot or must not be read. Only a regular
 * file, at most MAX_DOCUMENT_BYTES (checked before and while reading, in case it grows); opened
 * without blocking, then checked on the open descriptor, so a FIFO or a device (/dev/zero) is
 * refused rather than read forever. A path through symbolic links must lead inside the folder
 * the user is in; a file elsewhere is read only when its real path is given explicitly.
 */
export function readFileField(typed: string, cwd: string): FieldValue | string {
  const shown = typed.trim().slice(0, 60);
  const full = pastedPath(typed, cwd);
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    return `Document : fichier « ${shown} » introuvable ou illisible.`;
  }
  if (real !== full && !isInside(real, realpathSync(cwd))) return `Document : « ${shown} » est un lien vers un fichier hors du dossier courant ; donnez le chemin du fichier lui-même.`;
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return `Document : fichier « ${shown} » introuvable ou illisible.`;
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return `Document : « ${shown} » est un dossier, pas un fichier : donnez le chemin du fichier (PDF, JPEG ou PNG) qui s'y trouve.`;
    if (!stat.isFile()) return `Document : « ${shown} » n’est pas un fichier ordinaire.`;
    if (stat.size > MAX_DOCUMENT_BYTES) return tooBig(shown, stat.size);
    // One byte more than allowed: reading it means the file grew past the limit.
    const buffer = Buffer.alloc(MAX_DOCUMENT_BYTES + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > MAX_DOCUMENT_BYTES) return tooBig(shown, length);
    }
    return { filename: basename(real), bytes: buffer.subarray(0, length) };
  } catch {
    return `Document : fichier « ${shown} » introuvable ou illisible.`;
  } finally {
    closeSync(fd);
  }
}

const tooBig = (shown: string, size: number) => `Document : « ${shown} » fait ${formatFileSize(size)} ou plus, plus que les 10 Mo acceptés.`;

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function formOf(text: string): { form: FormDefinition; args: string } | undefined {
  const m = /^\/(arret-maladie|absence)\b\s*(.*)$/s.exec(text.trim());
  return m ? { form: FORMS[m[1] as FormDefinition['id']], args: m[2] ?? '' } : undefined;
}

/** Sends one line typed by the user; returns the reply, with attachments saved and named. */
export async function send(ctx: TerminalContext, text: string, user: Sender, now: Date, conversation?: string): Promise<Reply> {
  const message: IncomingMessage = { text, user, channel: { kind: 'terminal' }, now, conversation };
  const form = formOf(text);
  if (form) {
    const { values } = parseInlineValues(form.args);
    if (Object.keys(values).length > 0) {
      const submitted: Record<string, FieldValue> = { ...values };
      for (const field of form.form.fields.filter((f) => f.type === 'file')) {
        const path = values[field.name];
        if (!path) continue;
        const file = readFileField(path, ctx.cwd);
        if (typeof file === 'string') return reply('error', 'Formulaire à corriger', { blocks: ['Rien n’a été enregistré. À corriger :', `- ${file}`], visibility: 'private', data: { errors: [{ field: field.name, message: file }] } });
        submitted[field.name] = file;
      }
      return saveAttachment(ctx, await ctx.assistant.handle({ ...message, formSubmission: { formId: form.form.id, values: submitted } }));
    }
  }
  return saveAttachment(ctx, await ctx.assistant.handle(message));
}

/** Submits values collected field by field in the chat. */
export async function submitCollected(ctx: TerminalContext, formId: FormDefinition['id'], values: Record<string, FieldValue>, user: Sender, now: Date): Promise<Reply> {
  return saveAttachment(ctx, await ctx.assistant.handle({ user, channel: { kind: 'terminal' }, now, formSubmission: { formId, values } }));
}

function saveAttachment(ctx: TerminalContext, r: Reply): Reply {
  if (!r.attachment) return r;
  mkdirSync(ctx.exportDir, { recursive: true, mode: 0o700 });
  // Never trust a stored file name as a path.
  const safe = r.attachment.filename.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '') || 'fichier';
  const path = join(ctx.exportDir, safe);
  writeFileSync(path, r.attachment.bytes, { mode: 0o600 });
  return { ...r, blocks: [...r.blocks, `Fichier enregistré : ${path}`], data: { ...r.data, file: path }, attachment: undefined };
}
