/** The interactive terminal chat: a prompt, commands and free text, forms asked field by field, `/quitter`. */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { renderPlainText, type Reply, type Sender } from '../../core/index.ts';
import { implausibilities, validateFieldInContext, type FieldValue, type FormDefinition, type FormField } from '../../requests/index.ts';
import { formatFileSize, parisDateOf } from '../../rules/index.ts';
import { readFileField, send, submitCollected, type TerminalContext } from './session.ts';

export interface ChatIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  clock: () => Date;
  /** Whether the output is a terminal (colours, prompt) or a pipe. */
  interactive: boolean;
}

const QUIT = new Set(['/quitter', '/quit', '/exit', 'quitter', 'exit']);
const CANCEL = new Set(['/annuler', 'annuler']);

const DETAILS = new Set(['détails', 'details', '/details', '/détails', 'plus', 'la suite']);

function render(r: Reply, interactive: boolean, details = false): string {
  const text = renderPlainText(r, { details, moreHint: '(la suite : tapez « détails »)' });
  if (!interactive) return text;
  // Title in bold, warnings in yellow: enough to scan a long answer.
  const [title = '', ...rest] = text.split('\n');
  return [`\x1b[1m${title}\x1b[0m`, ...rest.map((l) => (l.startsWith('⚠') ? `\x1b[33m${l}\x1b[0m` : l))].join('\n');
}

/** A form being filled: the field asked now (or the summary, index = fields.length) and the values so far. */
interface FormState {
  form: FormDefinition;
  index: number;
  values: Record<string, FieldValue>;
  /** Correcting one field from the summary: back to the summary once it is accepted. */
  correcting?: boolean;
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'ok', 'enregistrer']);
const NO = new Set(['non', 'n', 'no']);
const ABANDONED = 'Formulaire abandonné, rien n’a été enregistré.';

function shownValue(field: FormField, value: FieldValue): string {
  if (value === undefined) return '—';
  if (typeof value !== 'string') return `${value.filename} (${formatFileSize(value.bytes.length)})`;
  const option = field.options?.find((o) => o.value === value.trim().toLowerCase());
  return option ? option.label : value;
}

/** Every answer, numbered, with what deserves a second look, then the question to save. */
function summary(state: FormState, today: Date): string {
  const lines = ['Récapitulatif :', ...state.form.fields.map((f, i) => `${i + 1}. ${f.label} : ${shownValue(f, state.values[f.name])}`)];
  const surprising = implausibilities(state.values, parisDateOf(today));
  if (surprising.length > 0) lines.push(`⚠ À vérifier : ${surprising.join(' ; ')}. Est-ce bien cela ?`);
  lines.push('Enregistrer ? oui / non (abandonner) / le numéro d’un champ à corriger');
  return lines.join('\n');
}

export async function runChat(ctx: TerminalContext, io: ChatIo, user: Sender): Promise<void> {
  const rl = createInterface({ input: io.input, output: io.interactive ? io.output : undefined, terminal: io.interactive, prompt: 'vous › ' });
  const write = (s: string) => io.output.write(`${s}\n`);
  let state: FormState | undefined;
  // « détails » shows the last answer in full, calculation and conditions included.
  let last: Reply | undefined;
  // The whole session is one conversation: follow-ups (« et en contrat pro ? ») complete the last question.
  const conversation = `terminal:${randomUUID()}`;

  const ask = () => {
    if (!state) {
      if (io.interactive) rl.setPrompt('vous › ');
    } else if (state.index >= state.form.fields.length) {
      write(summary(state, io.clock()));
      if (io.interactive) rl.setPrompt('  › ');
    } else {
      const f = state.form.fields[state.index]!;
      const options = f.options ? ` [${f.options.map((o) => o.value).join(' | ')}]` : '';
      const hint = [f.help, f.type === 'file' ? 'chemin du fichier' : '', f.required ? '' : 'Entrée pour passer'].filter(Boolean).join(' ; ');
      write(`${f.label}${options}${hint ? ` (${hint})` : ''}`);
      if (io.interactive) rl.setPrompt('  › ');
    }
    if (io.interactive) rl.prompt();
  };

  // Ctrl-C ends the conversation like /quitter (inside a form, « rien n'a été enregistré » is said on the way out).
  rl.on('SIGINT', () => rl.close());
  write("Assistant de l'alternance MIAGE d'Aix-Marseille. Posez votre question, ou tapez /aide ; /quitter pour sortir.");
  ask();
  for await (const line of rl) {
    const text = line.trim();
    if (QUIT.has(text.toLowerCase())) break;
    if (state) {
      if (CANCEL.has(text.toLowerCase())) {
        write(ABANDONED);
        state = undefined;
      } else if (state.index >= state.form.fields.length) {
        // The summary: save, abandon, or correct one field by its number.
        const answer = text.toLowerCase();
        const number = /^\d{1,2}$/.test(answer) ? Number(answer) : 0;
        if (YES.has(answer)) {
          const r = await submitCollected(ctx, state.form.id, state.values, user, io.clock());
          write(`\n${render(r, io.interactive, true)}\n`);
          state = undefined;
        } else if (NO.has(answer)) {
          write(ABANDONED);
          state = undefined;
        } else if (number >= 1 && number <= state.form.fields.length) {
          state.index = number - 1;
          state.correcting = true;
        } else write(`Répondez oui, non, ou un numéro de 1 à ${state.form.fields.length}.`);
      } else {
        const field = state.form.fields[state.index]!;
        let value: FieldValue | string = text || undefined;
        if (field.type === 'file' && text) value = readFileField(text, ctx.cwd);
        const problem = typeof value === 'string' && field.type === 'file' ? value : validateFieldInContext(state.form.id, field.name, value, state.values, user.role);
        if (problem) write(`${problem} Réessayez, ou /annuler.`);
        else {
          if (value === undefined) delete state.values[field.name];
          else state.values[field.name] = value;
          state.index = state.correcting ? state.form.fields.length : state.index + 1;
          state.correcting = false;
        }
      }
    } else if (last && DETAILS.has(text.toLowerCase())) {
      write(`\n${render(last, io.interactive, true)}\n`);
    } else if (text) {
      const r = await send(ctx, text, user, io.clock(), conversation);
      last = r;
      write(`\n${render(r, io.interactive)}\n`);
      if (r.kind === 'form' && r.data.form) {
        state = { form: r.data.form as FormDefinition, index: 0, values: {} };
        write('Répondez champ par champ (/annuler pour abandonner).');
      }
    }
    ask();
  }
  // Ctrl-D (end of input) or Ctrl-C in the middle of a form: say that nothing was saved.
  if (state) write(ABANDONED);
  write('Au revoir !');
  rl.close();
}
