/**
 * Entry point: reads the configuration, loads and validates the knowledge base (refusing to
 * start on invalid knowledge), and for now prints what the assistant knows.
 * The conversational doors (terminal, Slack, Discord) plug in here in the next issues.
 */
import { resolve } from 'node:path';
import { readConfig, ConfigError } from './config/index.ts';
import { InvalidKnowledgeError, loadKnowledgeOrThrow, academicYearOf, cohortOn } from './knowledge/index.ts';
import { formatFrenchDate, parisDateOf } from './rules/index.ts';

function main(): void {
  const config = readConfig();
  const knowledge = loadKnowledgeOrThrow(resolve(config.KNOWLEDGE_DIR));
  const today = parisDateOf(new Date());
  const year = academicYearOf(today);
  const out: string[] = [];
  out.push(`Assistant de l'alternance — base de connaissances chargée (${knowledge.entries.size} entrées).`);
  out.push(`Aujourd'hui : ${formatFrenchDate(today)}, année universitaire ${year}.`);
  for (const p of knowledge.programs) {
    out.push(`\n${p.name} — ${p.certification.rncp}`);
    for (const f of p.formations) {
      const lookup = cohortOn(knowledge, f.id, today);
      const dates =
        lookup.status === 'found'
          ? `${lookup.cohort.label} : du ${formatFrenchDate(lookup.cohort.ddf!)} au ${formatFrenchDate(lookup.cohort.dff!)}`
          : f.workStudy === 'no'
            ? 'pas en alternance'
            : `dates ${lookup.academicYear} non publiées dans les documents` + (lookup.latest ? ` (dernière année connue : ${lookup.latest.label})` : '');
      out.push(`  • ${f.label} — ${dates}`);
    }
  }
  out.push(`\nSujets couverts : ${knowledge.topics.length} ; contacts : ${knowledge.contacts.length} ; valeurs du SMIC : ${knowledge.smic.length}.`);
  out.push('La conversation (terminal, Slack, Discord) arrive avec les prochaines versions.');
  process.stdout.write(`${out.join('\n')}\n`);
}

try {
  main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof InvalidKnowledgeError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
