/**
 * One-shot and batch doors of the terminal:
 *   npm run ask -- "<texte>" [--as student|hr|tutor|staff|…] [--user <id>] [--now AAAA-MM-JJ] [--json]
 *   npm run ask -- --batch   (JSON lines {"text", "as", "now", "conversation"} in, one JSON line out per line in)
 */
import { createInterface } from 'node:readline';
import { parseCommandLine, UsageError } from '../../config/index.ts';
import { renderPlainText, replyJson, reply as makeReply, type Reply } from '../../core/index.ts';
import { parseNow, parseSender } from './options.ts';
import { send, type TerminalContext } from './session.ts';

export interface AskIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  error: NodeJS.WritableStream;
  clock: () => Date;
}

export const ASK_USAGE = `Usage : npm run -s ask -- "<question ou commande>" [options]
        npm run -s ask -- --batch < questions.jsonl

Pose une question à l'assistant et écrit sa réponse, sans ouvrir la conversation.

Options :
  --as <rôle>        student (par défaut), hr, tutor, staff, responsable, secretariat-aix,
                     secretariat-marseille, direction
  --user <id>        distingue deux personnes du même rôle
  --now AAAA-MM-JJ   la date du jour pour l'assistant (2000 à 2100)
  --json             écrit {"kind", "text", "data", "sources"} sur une ligne
  --details          affiche aussi les détails (barème, sources complètes)
  --batch            lit une question JSON par ligne ({"text", "as", "now", "conversation"})
                     et écrit exactement une ligne JSON par ligne lue, dans l'ordre
  -h, --help         cette aide`;

const ASK_OPTIONS = {
  options: { as: { type: 'string' }, user: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean' }, batch: { type: 'boolean' }, details: { type: 'boolean' } },
  positionals: true,
} as const;

function format(r: Reply, json: boolean, details: boolean): string {
  return json ? JSON.stringify(replyJson(r, { details })) : `${renderPlainText(r, { details })}\n`;
}

/** Returns the process exit code. */
export async function runAsk(context: TerminalContext | (() => TerminalContext | Promise<TerminalContext>), argv: string[], io: AskIo): Promise<number> {
  let line;
  try {
    line = parseCommandLine(argv, ASK_OPTIONS);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.error.write(`${error.message}\n(npm run -s ask -- --help pour l'aide)\n`);
    return 2;
  }
  if (line.help) {
    io.output.write(`${ASK_USAGE}\n`);
    return 0;
  }
  const values = line.values as { as?: string; user?: string; now?: string; json?: boolean; batch?: boolean; details?: boolean };
  const json = values.json === true;
  const details = values.details === true;
  try {
    const ctx = typeof context === 'function' ? await context() : context;
    if (values.batch) {
      if (line.positionals.length > 0) throw new UsageError('--batch lit les questions sur l\'entrée standard : pas de texte après les options.');
      return await batch(ctx, details, io);
    }
    const text = line.positionals.join(' ').trim();
    if (!text) throw new UsageError(`Il manque le texte de la question. Exemple : npm run -s ask -- "qui est le responsable de l'alternance ?"`);
    const r = await send(ctx, text, parseSender(values.as, values.user), parseNow(values.now, io.clock));
    io.output.write(`${format(r, json, details)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.error.write(`${error.message}\n(npm run -s ask -- --help pour l'aide)\n`);
      return 2;
    }
    throw error;
  }
}

/**
 * Exactly one JSON output line per input line, in order (a blank line too), so that output line n
 * answers input line n; a bad line gets an error reply carrying `line`, the others go on.
 */
async function batch(ctx: TerminalContext, details: boolean, io: AskIo): Promise<number> {
  const lines = createInterface({ input: io.input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    let r: Reply;
    try {
      if (!line.trim()) throw new UsageError(`ligne ${n} : ligne vide (attendu : {"text": "..."}).`);
      const parsed = JSON.parse(line) as unknown;
      // `null` or `5` are JSON too: only an object can carry "text".
      const item = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { text?: unknown; as?: unknown; now?: unknown; user?: unknown; conversation?: unknown };
      if (typeof item.text !== 'string') throw new UsageError(`ligne ${n} : le champ "text" (texte) est obligatoire.`);
      const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
      // Lines with the same "conversation" share it, in order (a dialogue); without it each line stands alone.
      const conversation = str(item.conversation);
      r = await send(ctx, item.text, parseSender(str(item.as), str(item.user)), parseNow(str(item.now), io.clock), conversation === undefined ? undefined : `batch:${conversation.slice(0, 100)}`);
    } catch (error) {
      if (!(error instanceof SyntaxError || error instanceof UsageError)) throw error;
      const message = error instanceof SyntaxError ? `ligne ${n} : JSON invalide (attendu : {"text": "...", "as": "student", "now": "2026-11-24"}).` : error.message.startsWith('ligne ') ? error.message : `ligne ${n} : ${error.message}`;
      r = makeReply('error', 'Entrée invalide', { blocks: [message], visibility: 'private', data: { line: n } });
    }
    // Every error names its line, whether the line was unreadable or the assistant refused it.
    if (r.kind === 'error') r = { ...r, data: { ...r.data, line: n } };
    io.output.write(`${format(r, true, details)}\n`);
  }
  return 0;
}
