/**
 * `npm run knowledge:check [dir]`: validates every knowledge file and prints each problem
 * as `file › path: what is wrong`. Exits 1 when anything is wrong.
 */
import { resolve } from 'node:path';
import { readCommandLine } from '../config/index.ts';
import { formatKnowledgeError, loadKnowledge } from './loader.ts';

const USAGE = `Usage : npm run knowledge:check [-- <dossier>]

Valide chaque fichier de la base de connaissances (knowledge/ par défaut) avec ses schémas ;
chaque problème s'écrit fichier › chemin: problème. Code de sortie 1 si quelque chose ne va pas.

Options :
  -h, --help     cette aide`;

const line = readCommandLine(process.argv.slice(2), { options: {}, positionals: true }, USAGE, { out: process.stdout, err: process.stderr });
if (!line) process.exit();
if (line.positionals.length > 1) {
  process.stderr.write(`Un seul dossier à la fois (reçu : ${line.positionals.length}).\n`);
  process.exit(2);
}
const dir = resolve(line.positionals[0] ?? 'knowledge');
const result = loadKnowledge(dir);
if (!result.knowledge) {
  for (const error of result.errors) process.stderr.write(`${formatKnowledgeError(error)}\n`);
  process.stderr.write(`\n${result.errors.length} erreur(s) dans ${dir}\n`);
  process.exit(1);
}
const k = result.knowledge;
const examples = [...k.entries.values()].reduce((n, e) => n + e.examples.length, 0);
process.stdout.write(
  `Base de connaissances valide : ${k.entries.size} entrées, ${examples} exemples, ` +
    `${k.programs.length} programme(s), ${k.contacts.length} contacts, ${k.routing.length} règles d'orientation, ` +
    `${k.cohorts.length} cohortes, ${k.topics.length} sujets, ${k.smic.length} valeurs du SMIC.\n`,
);
