/** The interactive terminal chat: a prompt, commands and free text, `/quitter` to leave. */
import { createInterface } from 'node:readline';
import { renderPlainText, type Assistant, type Reply } from '../../core/index.ts';
import type { Role } from '../../knowledge/index.ts';

export interface ChatIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  clock: () => Date;
  /** Whether the output is a terminal (colours, prompt) or a pipe. */
  interactive: boolean;
}

const QUIT = new Set(['/quitter', '/quit', '/exit', 'quitter', 'exit']);

function render(reply: Reply, interactive: boolean): string {
  const text = renderPlainText(reply);
  if (!interactive) return text;
  // Title in bold, warnings in yellow: enough to scan a long answer.
  const [title = '', ...rest] = text.split('\n');
  return [`\x1b[1m${title}\x1b[0m`, ...rest.map((l) => (l.startsWith('⚠') ? `\x1b[33m${l}\x1b[0m` : l))].join('\n');
}

export async function runChat(assistant: Assistant, io: ChatIo, role: Role = 'student'): Promise<void> {
  const rl = createInterface({ input: io.input, output: io.interactive ? io.output : undefined, terminal: io.interactive, prompt: 'vous › ' });
  const write = (s: string) => io.output.write(`${s}\n`);
  write("Assistant de l'alternance MIAGE d'Aix-Marseille. Posez votre question, ou tapez /aide ; /quitter pour sortir.");
  if (io.interactive) rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (QUIT.has(text.toLowerCase())) break;
    if (text) {
      const reply = assistant.handle({ text, user: { id: 'terminal', role }, channel: { kind: 'terminal' }, now: io.clock() });
      write(`\n${render(reply, io.interactive)}\n`);
    }
    if (io.interactive) rl.prompt();
  }
  write('Au revoir !');
  rl.close();
}
