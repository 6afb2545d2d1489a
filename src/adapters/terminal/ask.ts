/**
 * One-shot and batch doors of the terminal:
 *   npm run ask -- "<texte>" [--as student|hr|tutor|staff] [--now AAAA-MM-JJ] [--json]
 *   npm run ask -- --batch [--json]   (JSON lines {"text", "as", "now"} on standard input)
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { renderPlainText, replyJson, type Assistant, type Reply } from '../../core/index.ts';
import { parseNow, parseRole, UsageError } from './options.ts';

export interface AskIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  error: NodeJS.WritableStream;
  clock: () => Date;
}

function format(reply: Reply, json: boolean): string {
  return json ? JSON.stringify(replyJson(reply)) : `${renderPlainText(reply)}\n`;
}

/** Returns the process exit code. */
export async function runAsk(assistant: Assistant, argv: string[], io: AskIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { as: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean', default: false }, batch: { type: 'boolean', default: false } },
    });
  } catch (error) {
    io.error.write(`Option non reconnue : ${(error as Error).message}\nUsage : npm run ask -- "<texte>" [--as student|hr|tutor|staff] [--now AAAA-MM-JJ] [--json] | --batch [--json]\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  try {
    if (values.batch) return await batch(assistant, values.json ?? false, io);
    const text = positionals.join(' ').trim();
    if (!text) throw new UsageError('Il manque le texte de la question. Exemple : npm run ask -- "qui est le responsable de l\'alternance ?"');
    const reply = assistant.handle({ text, user: { id: 'terminal', role: parseRole(values.as) }, channel: { kind: 'terminal' }, now: parseNow(values.now, io.clock) });
    io.output.write(`${format(reply, values.json ?? false)}\n`);
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
async function batch(assistant: Assistant, json: boolean, io: AskIo): Promise<number> {
  const lines = createInterface({ input: io.input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (!line.trim()) continue;
    let reply: Reply;
    try {
      const item = JSON.parse(line) as { text?: unknown; as?: unknown; now?: unknown };
      if (typeof item.text !== 'string') throw new UsageError(`ligne ${n} : le champ "text" (texte) est obligatoire.`);
      reply = assistant.handle({
        text: item.text,
        user: { id: 'batch', role: parseRole(typeof item.as === 'string' ? item.as : undefined) },
        channel: { kind: 'terminal' },
        now: parseNow(typeof item.now === 'string' ? item.now : undefined, io.clock),
      });
    } catch (error) {
      const message = error instanceof SyntaxError ? `ligne ${n} : JSON invalide (attendu : {"text": "...", "as": "student", "now": "2026-11-24"}).` : (error as Error).message;
      if (!(error instanceof SyntaxError || error instanceof UsageError)) throw error;
      reply = { kind: 'error', title: 'Entrée invalide', blocks: [message], fields: [], sources: [], notes: [], actions: [], visibility: 'private', data: { line: n }, lang: 'fr' };
    }
    io.output.write(json ? `${format(reply, true)}\n` : `${format(reply, false)}\n`);
  }
  return 0;
}
