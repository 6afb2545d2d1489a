/**
 * Command-line options of every entry point (start, ask, discord:deploy, knowledge:check, bench),
 * read the same way: `--help` prints a French usage text, and anything wrong (an unknown option,
 * an option without its value, a word where none is expected) is one French line naming it —
 * never Node's `ERR_PARSE_ARGS_…` stack trace.
 */
import { parseArgs } from 'node:util';

/** A mistake on the command line: the entry point prints the message and the usage, exits 2. */
export class UsageError extends Error {}

export interface CommandLineSpec {
  /** Option name → kind; `help` (and `-h`) is always accepted. */
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  /** Whether free words (a question, a folder) are accepted. */
  positionals?: boolean;
}

export interface CommandLine {
  help: boolean;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

const shown = (s: string) => s.slice(0, 40);

/** Parses `argv` (without node and the script); throws UsageError with one French line. */
export function parseCommandLine(argv: string[], spec: CommandLineSpec): CommandLine {
  const options: CommandLineSpec['options'] = { ...spec.options, help: { type: 'boolean', short: 'h' } };
  // strict: false so that every mistake reaches the checks below, which name it in French.
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const values: CommandLine['values'] = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (!spec.positionals) {
        throw new UsageError(
          `Argument inattendu : « ${shown(token.value)} ». Les options s'écrivent après -- avec npm (npm start -- --as hr), et commencent par --.`,
        );
      }
      positionals.push(token.value);
      continue;
    }
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!option) throw new UsageError(`Option inconnue : ${shown(token.rawName)}.`);
    if (option.type === 'string') {
      // `--as --json`: the next option is not a value.
      if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('--'))) throw new UsageError(`Option ${token.rawName} : il manque sa valeur (par exemple ${token.rawName} <valeur>).`);
      values[token.name] = token.value;
    } else {
      if (token.value !== undefined) throw new UsageError(`Option ${token.rawName} : elle ne prend pas de valeur (« ${shown(token.value)} »).`);
      values[token.name] = true;
    }
  }
  return { help: values.help === true, values, positionals };
}

/**
 * Runs an entry point's command-line reading: prints the usage on `--help` (returns undefined, the
 * caller exits 0), or the error and the usage on a mistake (exit code 2 set).
 */
export function readCommandLine(argv: string[], spec: CommandLineSpec, usage: string, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): CommandLine | undefined {
  try {
    const line = parseCommandLine(argv, spec);
    if (line.help) {
      io.out.write(`${usage}\n`);
      return undefined;
    }
    return line;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err.write(`${error.message}\n${usage.split('\n')[0]}\n(--help pour l'aide complète)\n`);
    process.exitCode = 2;
    return undefined;
  }
}
