import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runAsk } from '../../../src/adapters/terminal/ask.ts';
import { runChat } from '../../../src/adapters/terminal/chat.ts';
import { realAssistant } from '../../support/assistant.ts';

const clock = () => new Date('2026-11-24T10:00:00Z');
const ctx = () => ({ assistant: realAssistant(), exportDir: join(mkdtempSync(join(tmpdir(), 'exports-')), 'exports'), cwd: process.cwd() });

async function ask(argv: string[], stdin = '') {
  const input = new PassThrough();
  const output = new PassThrough();
  const error = new PassThrough();
  let out = '';
  let err = '';
  output.on('data', (c) => (out += c));
  error.on('data', (c) => (err += c));
  input.end(stdin);
  const code = await runAsk(ctx(), argv, { input, output, error, clock });
  return { code, out, err };
}

describe('npm run ask', () => {
  test('GIVEN a question and --json THEN one JSON object with kind, text, data and sources', async () => {
    const { code, out } = await ask(['/salaire-min', 'M2', 'CAPP', '23', '--json']);
    expect(code).toBe(0);
    const reply = JSON.parse(out);
    expect(reply).toMatchObject({ kind: 'computation', data: { monthlyGross: 1138.88, rate: 61 } });
    expect(reply.text).toContain('1 138,88 €');
    expect(reply.sources).toEqual(expect.arrayContaining([expect.stringContaining('Tableau 6')]));
  });

  test('GIVEN /contrat-dates --json THEN the ISO dates of the windows', async () => {
    const reply = JSON.parse((await ask(['/contrat-dates M2 CAPP', '--json'])).out);
    expect(reply.data).toMatchObject({ ddf: '2026-09-03', dff: '2027-09-03', ddcMin: '2026-06-03', ddcMax: '2026-12-03', dfcMin: '2027-09-03', dfcMax: '2027-11-03' });
  });

  test('GIVEN --now in 2025/2026 THEN the director of that year', async () => {
    const { out } = await ask(['Qui est le directeur de la MIAGE ?', '--now', '2026-03-10']);
    expect(out).toContain('RAMADOUR');
  });

  test('GIVEN --as hr THEN the company side of table 8', async () => {
    const { out } = await ask(["À qui envoyer l'arrêt maladie de notre alternant ?", '--as', 'hr']);
    expect(out).toContain('10 jours ouvrables');
  });

  test.each([
    [['question', '--as', 'boss'], /--as « boss » inconnu : valeurs acceptées student, hr, tutor, staff, responsable/],
    [['question', '--now', '24/11/2026'], /--now « 24\/11\/2026 » n'est pas une date : format AAAA-MM-JJ/],
    [[], /Il manque le texte de la question/],
    [['question', '--couleur'], /^Option inconnue : --couleur\.\n/],
    [['question', '--as'], /^Option --as : il manque sa valeur/],
  ])('GIVEN bad arguments %j THEN exit 2 with a French message', async (argv, message) => {
    const { code, err } = await ask(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  test('GIVEN --batch THEN one JSON line per input line, in order, a bad line answered as an error', async () => {
    const stdin = [
      JSON.stringify({ text: '/salaire-min M2 CAPP 23' }),
      'pas du json',
      JSON.stringify({ text: 'Qui est le directeur ?', now: '2026-03-10' }),
      JSON.stringify({ text: "À qui envoyer l'arrêt maladie ?", as: 'hr' }),
      JSON.stringify({ as: 'hr' }),
    ].join('\n');
    const { code, out } = await ask(['--batch', '--json'], stdin);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.kind)).toEqual(['computation', 'error', 'answer', 'answer', 'error']);
    expect(lines[1].text).toContain('ligne 2 : JSON invalide');
    expect(lines[2].text).toContain('RAMADOUR');
    expect(lines[3].text).toContain('10 jours ouvrables');
    expect(lines[4].text).toContain('"text"');
  });
});

describe('--batch keeps one output line per input line (issue 13)', () => {
  test('GIVEN a blank line, bad JSON, a bad --as and a refused command THEN exactly one line each, every error with its line', async () => {
    const stdin = ['', 'null', JSON.stringify({ text: 'question', as: 'boss' }), JSON.stringify({ text: '/salaire-min M2' }), JSON.stringify({ text: '/aide' })].join('\n');
    const { code, out } = await ask(['--batch'], stdin);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => l.kind)).toEqual(['error', 'error', 'error', 'error', 'answer']);
    expect(lines.slice(0, 4).map((l) => l.data.line)).toEqual([1, 2, 3, 4]);
    expect(lines[0].text).toContain('ligne 1 : ligne vide');
    expect(lines[2].text).toContain('ligne 3 : --as « boss » inconnu');
  });

  test('GIVEN --help THEN the French usage, exit 0; --details THEN the whole answer', async () => {
    expect((await ask(['--help'])).out).toMatch(/^Usage : npm run -s ask/);
    const short = (await ask(['/salaire-min M2 CAPP 23'])).out;
    const full = (await ask(['/salaire-min M2 CAPP 23', '--details'])).out;
    expect(short).toContain('(la suite : --details)');
    expect(full).toContain('D6222-31');
    expect(short).not.toContain('D6222-31');
  });
});

describe('the terminal chat', () => {
  test('GIVEN a few lines then /quitter THEN each is answered and the chat ends', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (c) => (out += c));
    input.end('/aide\n/contrat-dates M2 CAPP\n/quitter\nnot read\n');
    await runChat(ctx(), { input, output, clock, interactive: false }, { id: 'terminal:student', role: 'student' });
    expect(out).toContain('/salaire-min');
    expect(out).toContain('03/06/2026');
    expect(out.trim().endsWith('Au revoir !')).toBe(true);
    expect(out).not.toContain('not read');
  });

  test('GIVEN --batch lines with a "conversation" THEN lines of one conversation share it, in order, and others stand alone', async () => {
    const stdin = [
      JSON.stringify({ text: 'salaire apprenti M2 23 ans', conversation: 'a' }),
      JSON.stringify({ text: 'et en contrat pro ?', conversation: 'b' }),
      JSON.stringify({ text: 'et en contrat pro ?', conversation: 'a' }),
      JSON.stringify({ text: 'et en contrat pro ?' }),
    ].join('\n');
    const { out } = await ask(['--batch', '--json'], stdin);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].kind).toBe('computation');
    expect(lines[1].kind).not.toBe('computation');
    expect(lines[2].kind).toBe('computation');
    expect(lines[2].text).toContain('professionnalisation');
    expect(lines[3].kind).not.toBe('computation');
  });
});
