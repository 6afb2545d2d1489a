import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runChat } from '../../../src/adapters/terminal/chat.ts';
import { createAssistant } from '../../../src/core/index.ts';
import { minimalPdf } from '../../support/documents.ts';
import { realKnowledge } from '../../support/knowledge.ts';
import { service } from '../../support/requests.ts';

async function chat(lines: string[], role: 'hr' | 'student') {
  const dir = mkdtempSync(join(tmpdir(), 'chat-'));
  writeFileSync(join(dir, 'arret.pdf'), minimalPdf());
  const { service: requests, store } = service();
  const assistant = createAssistant(realKnowledge(), { requests });
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c) => (out += c));
  input.end(`${lines.join('\n')}\n`);
  await runChat({ assistant, exportDir: join(dir, 'exports'), cwd: dir }, { input, output, clock: () => new Date('2026-11-24T10:00:00Z'), interactive: false }, { id: `terminal:${role}`, role, staffFunctions: [] });
  return { out, store };
}

describe('forms in the terminal chat, field by field', () => {
  test('GIVEN an HR person answering each field, with one mistake THEN the field is asked again and the request stored', async () => {
    const { out, store } = await chat(
      ['/arret-maladie', 'Jeanne Martin', 'pas-un-mail', 'jeanne.martin@etu.univ-amu.fr', 'M2', '', '16/11/2026', '20/11/2026', '16/11/2026', 'initial', 'introuvable.pdf', 'arret.pdf', '', '/quitter'],
      'hr',
    );
    expect(out).toContain("E-mail de l'alternant(e) : adresse e-mail invalide");
    expect(out).toContain('fichier « introuvable.pdf » introuvable');
    expect(out).toContain('Demande n°1 enregistrée');
    expect(await store.listRequests({})).toHaveLength(1);
  });

  test('GIVEN /annuler THEN nothing is stored', async () => {
    const { out, store } = await chat(['/absence', 'professionnelle', 'Paul', '/annuler', '/quitter'], 'hr');
    expect(out).toContain('Formulaire abandonné');
    expect(await store.listRequests({})).toEqual([]);
  });

  test('GIVEN a student opening the sick-leave form THEN told who sends it, no form', async () => {
    const { out } = await chat(['/arret-maladie', '/quitter'], 'student');
    expect(out).toContain('Seul le service RH');
    expect(out).not.toContain('champ par champ');
  });
});
