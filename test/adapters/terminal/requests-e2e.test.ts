/**
 * Issue 4 tried as new users would, in the terminal: every command is a new process on the same
 * data directory, so everything also survives a restart.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { minimalPdf } from '../../support/documents.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'e2e-data-'));
const pdf = join(dataDir, 'arret.pdf');

function ask(text: string, ...options: string[]): { kind: string; text: string; data: Record<string, unknown> } {
  const out = execFileSync(process.execPath, ['dist/src/adapters/terminal/ask-cli.js', text, '--json', '--now', '2026-11-24', ...options], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir },
  });
  return JSON.parse(out);
}

const SICK = `/arret-maladie alternant="Jeanne Martin" email=jeanne.martin@etu.univ-amu.fr formation=M2 debut=16/11/2026 fin=20/11/2026 etabli=16/11/2026 nature=initial document=${pdf}`;

describe('sick leave and absences from the terminal', { timeout: 60_000 }, () => {
  beforeAll(() => writeFileSync(pdf, minimalPdf()));

  test('GIVEN an HR person THEN the justification is stored with its PDF, on time, for the right people', () => {
    const reply = ask(SICK, '--as', 'hr', '--user', 'rh-acme');
    expect(reply).toMatchObject({ kind: 'notice', data: { requestId: 1, status: 'received', deadline: '2026-11-27', late: false } });
    expect(reply.text).toContain('secrétariat pédagogique de Marseille');
  });

  test('GIVEN the same submission again THEN it is not stored twice', () => {
    expect(ask(SICK, '--as', 'hr', '--user', 'rh-acme')).toMatchObject({ data: { requestId: 1, duplicate: true } });
  });

  test('GIVEN a student THEN refused kindly, nothing stored', () => {
    const reply = ask(SICK, '--as', 'student');
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('48 h ouvrées');
    expect(ask('/demandes', '--as', 'staff').data.count).toBe(1);
  });

  test('GIVEN a tutor asking a professional absence 5 jours ouvrables ahead THEN flagged late', () => {
    const reply = ask('/absence motif_type=professionnelle alternant="Paul Durand" email=paul.durand@etu.univ-amu.fr formation=M1 site=aix debut=01/12/2026 fin=01/12/2026 motif="Salon professionnel" tuteur_email=tuteur@acme.fr', '--as', 'tutor', '--user', 'tuteur-acme');
    expect(reply).toMatchObject({ kind: 'notice', data: { requestId: 2, late: true, deadline: '2026-11-19', status: 'pending' } });
  });

  test('GIVEN staff THEN they list (pending first), decide once, acknowledge and export', () => {
    expect(ask('/demandes', '--as', 'staff').data).toMatchObject({ count: 2 });
    expect(ask('/demandes 2 approuver', '--as', 'responsable').kind).toBe('error');
    expect(ask('/demandes 2 approuver', '--as', 'direction')).toMatchObject({ kind: 'notice', data: { status: 'approved' } });
    expect(ask('/demandes 2 refuser raison="non"', '--as', 'direction').text).toContain('déjà décidée');
    expect(ask('/demandes 1 accuser', '--as', 'secretariat-marseille')).toMatchObject({ kind: 'notice', data: { status: 'received' } });
    expect(ask('/demandes 1 accuser', '--as', 'responsable')).toMatchObject({ kind: 'notice', data: { status: 'acknowledged' } });
    const exported = ask('/demandes export du=01/11/2026 au=30/11/2026', '--as', 'staff');
    const csv = readFileSync(String(exported.data.file), 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(csv).toContain('"approved"');
  });

  test('GIVEN the health data THEN neither another company nor another secretariat sees it', () => {
    expect(ask('/demandes 1', '--as', 'hr', '--user', 'rh-autre').kind).toBe('error');
    expect(ask('/demandes 1 document', '--as', 'secretariat-aix').kind).toBe('error');
    const doc = ask('/demandes 1 document', '--as', 'responsable');
    expect(readFileSync(String(doc.data.file), 'utf8')).toContain('%PDF-1.4');
  });

  test('GIVEN the tutor THEN they see their own request and the decision notification', () => {
    expect(ask('/demandes', '--as', 'tutor', '--user', 'tuteur-acme').data).toMatchObject({ count: 1, requests: [{ id: 2, status: 'approved' }] });
    expect(ask('/demandes notifications', '--as', 'tutor', '--user', 'tuteur-acme').text).toContain('acceptée');
  });
});
