/**
 * One-shot and batch doors of the terminal:
 *   npm run ask -- "<texte>" [--as student|hr|tutor|staff|…] [--user <id>] [--now AAAA-MM-JJ] [--json]
 *   npm run ask -- --batch [--json]   (JSON lines {"text", "as", "now", "conversation"} on standard input)
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { renderPlainText, replyJson, reply as makeReply, type Reply } from '../../core/index.ts';
import { parseNow, parseSender, UsageError } from './options.ts';
import { send, type TerminalContext } from './session.ts';

export interface AskIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  error: NodeJS.WritableStream;
  clock: () => Date;
}

const USAGE = 'Usage : npm run ask -- "<texte>" [--as student|hr|tutor|staff|responsable|secretariat-aix|secretariat-marseille|direction] [--user <id>] [--now AAAA-MM-JJ] [--json] | --batch [--json]';

function format(r: Reply, json: boolean): string {
  return json ? JSON.stringify(replyJson(r)) : `${renderPlainText(r)}\n`;
}

/** Returns the process exit code. */
export async function runAsk(ctx: TerminalContext, argv: string[], io: AskIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { as: { type: 'string' }, user: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean', default: false }, batch: { type: 'boolean', default: false } },
    });
  } catch (error) {
    io.error.write(`Option non reconnue : ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  try {
    if (values.batch) return await batch(ctx, values.json ?? false, io);
    const text = positionals.join(' ').trim();
    if (!text) throw new UsageError(`Il manque le texte de la question. Exemple : npm run ask -- "qui est le responsable de l'alternance ?"\n${USAGE}`);
    const r = await send(ctx, text, parseSender(values.as, values.user), parseNow(values.now, io.clock));
    io.output.write(`${format(r, values.json ?? false)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.error.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** One output line per input line, in order; a bad line gets an error reply, the others go on. */
async function batch(ctx: TerminalContext, json: boolean, io: AskIo): Promise<number> {
  const lines = createInterface({ input: io.input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (!line.trim()) continue;
    let r: Reply;
    try {
      const item = JSON.parse(line) as { text?: unknown; as?: unknown; now?: unknown; user?: unknown; conversation?: unknown };
      if (typeof item.text !== 'string') throw new UsageError(`ligne ${n} : le champ "text" (texte) est obligatoire.`);
      const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
      // Lines with the same "conversation" share it, in order (a dialogue); without it each line stands alone.
      const conversation = str(item.conversation);
      r = await send(ctx, item.text, parseSender(str(item.as), str(item.user)), parseNow(str(item.now), io.clock), conversation === undefined ? undefined : `batch:${conversation.slice(0, 100)}`);
    } catch (error) {
      if (!(error instanceof SyntaxError || error instanceof UsageError)) throw error;
      const message = error instanceof SyntaxError ? `ligne ${n} : JSON invalide (attendu : {"text": "...", "as": "student", "now": "2026-11-24"}).` : error.message;
      r = makeReply('error', 'Entrée invalide', { blocks: [message], visibility: 'private', data: { line: n } });
    }
    io.output.write(`${format(r, json)}\n`);
  }
  return 0;
}
