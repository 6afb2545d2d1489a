/**
 * vitest globalSetup: one temporary PostgreSQL server for the whole run (each test file creates
 * its own databases on it), stopped and removed at the end. Without the server's binaries the
 * PostgreSQL tests are skipped with one line, except in CI, where .ci/run installs them.
 */
import type { TestProject } from 'vitest/node';
import { postgresBinaries, startTemporaryPostgres } from './support/postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the temporary server; empty when PostgreSQL is not installed. */
    postgresUrl: string;
    /** Its TLS certificate authority's file; empty without openssl. */
    postgresCa: string;
  }
}

export default async function setup(project: TestProject) {
  const bin = postgresBinaries();
  if (!bin) {
    if (process.env.CI) throw new Error('PostgreSQL introuvable (initdb, pg_ctl) alors que CI=true : .ci/run doit l’installer.');
    process.stderr.write('PostgreSQL introuvable (ni initdb ni pg_ctl) : tests du store PostgreSQL ignorés.\n');
    project.provide('postgresUrl', '');
    project.provide('postgresCa', '');
    return undefined;
  }
  const server = await startTemporaryPostgres(bin);
  project.provide('postgresUrl', server.url);
  project.provide('postgresCa', server.caFile ?? '');
  return () => server.stop();
}
