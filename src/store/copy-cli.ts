/**
 * `npm run store:copy -- --from data/assistant.sqlite --to "$DATABASE_URL"`: moves an existing
 * SQLite store to an empty PostgreSQL database (see copy.ts). Stop the assistant first.
 */
import { parseArgs } from 'node:util';
import { copySqliteToPostgres, CopyError } from './copy.ts';

const USAGE = 'Usage : npm run store:copy -- --from data/assistant.sqlite --to postgres://rôle:mot-de-passe@hôte:5432/base';

try {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } }, allowPositionals: false });
  if (!values.from || !values.to) throw new CopyError(USAGE);
  if (!/^postgres(ql)?:\/\//.test(values.to)) throw new CopyError(`--to : une URL postgres:// est attendue.\n${USAGE}`);
  const copied = await copySqliteToPostgres(values.from, values.to);
  const lines = [...copied].map(([table, n]) => `  ${table} : ${n}`);
  process.stdout.write(`Copie terminée (${values.from} → PostgreSQL) :\n${lines.join('\n')}\n`);
} catch (error) {
  const expected = error instanceof CopyError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
  process.stderr.write(`${expected ? '' : 'Copie impossible : '}${(error as Error).message}\n`);
  process.exitCode = 1;
}
