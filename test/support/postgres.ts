/**
 * A real, temporary PostgreSQL server for the tests: `initdb` in a temporary folder, `pg_ctl`
 * start on a loopback port (password authentication, as in production), removed afterwards.
 * PostgreSQL refuses to run as root: as root (CI), the server runs as `nobody`.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { freePort } from './ports.ts';

/** The folder holding initdb and pg_ctl: on the PATH, or where Debian's `postgresql` package puts them. */
export function postgresBinaries(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return undefined;
  const versions = readdirSync(debian).filter((v) => existsSync(join(debian, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(debian, versions[0], 'bin') : undefined;
}

let databases = 0;

/** A new, empty database on the server of `adminUrl` (a superuser's URL); its URL. */
export async function createDatabase(adminUrl: string, name = `t${process.pid}_${(databases += 1)}_${randomBytes(3).toString('hex')}`): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  return target.toString();
}

/**
 * A test authority and a server certificate for localhost and 127.0.0.1 signed by it, so that
 * clients can connect with `sslmode=verify-full`, as in production. None without openssl.
 */
function serverCertificate(dir: string, asRoot: boolean): { ca: string; cert: string; key: string } | undefined {
  const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=assistant-test-ca']);
    openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost']);
    writeFileSync(join(dir, 'san.cnf'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
    openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '2', '-extfile', 'san.cnf']);
  } catch {
    return undefined;
  }
  // The server refuses a key others can read, or one it does not own.
  chmodSync(join(dir, 'server.key'), 0o600);
  if (asRoot) for (const f of ['server.key', 'server.crt']) chownSync(join(dir, f), 65534, 65534);
  return { ca: join(dir, 'ca.pem'), cert: join(dir, 'server.crt'), key: join(dir, 'server.key') };
}

export interface TemporaryPostgres {
  /** Superuser URL of the `postgres` database. */
  url: string;
  /** The certificate authority of the server's TLS certificate (for `sslrootcert`); undefined without openssl. */
  caFile: string | undefined;
  /** A new, empty database; its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Kills the server as a power cut would (immediate stop: no checkpoint), then starts it again. */
  crashAndRestart(): void;
  stop(): void;
}

export async function startTemporaryPostgres(bin: string): Promise<TemporaryPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? ['runuser', ['-u', 'nobody', '--', join(bin, tool), ...args]] as const : [join(bin, tool), args] as const;
    execFileSync(command[0], command[1], { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  if (asRoot) chownSync(dir, 65534, 65534);
  chmodSync(dir, 0o700);
  const password = randomBytes(12).toString('hex');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, password);
  if (asRoot) chownSync(pwfile, 65534, 65534);
  run('initdb', ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '-A', 'scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync']);
  rmSync(pwfile);
  const port = await freePort();
  const tls = serverCertificate(dir, asRoot);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=200 -c fsync=on -c synchronous_commit=on${tls ? ` -c ssl=on -c ssl_cert_file=${tls.cert} -c ssl_key_file=${tls.key}` : ''}`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  start();
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  return {
    url,
    caFile: tls?.ca,
    createDatabase: (name) => createDatabase(url, name),
    crashAndRestart() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      start();
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
