import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runChat } from '../../../src/adapters/terminal/chat.ts';
import { pastedPath } from '../../../src/adapters/terminal/session.ts';
import { createAssistant } from '../../../src/core/index.ts';
import { formatFileSize } from '../../../src/rules/index.ts';
import { minimalPdf } from '../../support/documents.ts';
import { realKnowledge } from '../../support/knowledge.ts';
import { service } from '../../support/requests.ts';

async function chat(lines: string[], role: 'hr' | 'student') {
  const dir = mkdtempSync(join(tmpdir(), 'chat-'));
  writeFileSync(join(dir, 'arret.pdf'), minimalPdf());
  mkdirSync(join(dir, 'a b'));
  writeFileSync(join(dir, 'a b', 'arrêt scanné.pdf'), minimalPdf());
  const { service: requests, store } = service();
  const assistant = createAssistant(realKnowledge(), { requests });
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c) => (out += c));
  // Without /quitter the input just stops there, as with Ctrl-D.
  input.end(`${lines.join('\n')}\n`);
  await runChat({ assistant, exportDir: join(dir, 'exports'), cwd: dir }, { input, output, clock: () => new Date('2026-11-24T10:00:00Z'), interactive: false }, { id: `terminal:${role}`, role, staffFunctions: [] });
  return { out, store };
}

describe('forms in the terminal chat, field by field', () => {
  test('GIVEN an HR person answering each field, with one mistake THEN the field is asked again and the request stored', async () => {
    const { out, store } = await chat(
      ['/arret-maladie', 'Jeanne Martin', 'pas-un-mail', 'jeanne.martin@etu.univ-amu.fr', 'M2', '', '16/11/2026', '20/11/2026', '16/11/2026', 'initial', 'introuvable.pdf', 'arret.pdf', '', 'oui', '/quitter'],
      'hr',
    );
    expect(out).toContain("E-mail de l'alternant(e) : adresse e-mail invalide");
    expect(out).toContain('fichier « introuvable.pdf » introuvable');
    expect(out).toContain('Récapitulatif :');
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

/** The answers of a sick leave up to the document, for an M2 (the site is then optional). */
const SICK_START = ['/arret-maladie', 'Jeanne Martin', 'jeanne.martin@etu.univ-amu.fr', 'M2', ''];

describe('terminal forms catch mistakes where they happen (issue 13)', () => {
  test('GIVEN an end date before the start THEN only the last day is asked again, the rest is kept', async () => {
    const { out, store } = await chat([...SICK_START, '16/11/2026', '10/11/2026', '20/11/2026', '16/11/2026', 'initial', 'arret.pdf', '', 'oui', '/quitter'], 'hr');
    expect(out).toContain('Dernier jour : il doit être le même jour que le premier ou après. Réessayez');
    expect(out.match(/Premier jour de l'arrêt/g)).toHaveLength(2); // asked once, then in the summary
    expect(out).toContain('Demande n°1 enregistrée');
    expect(await store.listRequests({})).toHaveLength(1);
  });

  test('GIVEN an M1 with an empty site THEN the site is asked again at once', async () => {
    const { out } = await chat(['/arret-maladie', 'Jeanne Martin', 'jeanne.martin@etu.univ-amu.fr', 'M1', '', 'aix', '/annuler', '/quitter'], 'hr');
    expect(out).toContain('Site : obligatoire en M1 (aix ou marseille). Réessayez');
  });

  test('GIVEN a student choosing « professionnelle » THEN the absence type is asked again, not refused at the end', async () => {
    const { out } = await chat(['/absence', 'professionnelle', 'autre', '/annuler', '/quitter'], 'student');
    expect(out).toContain('Type d’absence : une absence pour raisons professionnelles est demandée par votre tuteur professionnel');
    expect(out).toContain("Nom de l'alternant(e)");
  });

  test('GIVEN « Master 2 » in the formation field THEN accepted like in commands; « Master » alone asks for the year', async () => {
    const { out } = await chat(['/arret-maladie', 'Jeanne Martin', 'jeanne.martin@etu.univ-amu.fr', 'Master', 'Master 2', '/annuler', '/quitter'], 'hr');
    expect(out).toContain('précisez l\'année, M1 ou M2');
    expect(out).toContain('Site');
  });

  test('GIVEN a sick leave from 01/12/2019 to 05/12/2031 THEN the summary asks to confirm, and « non » saves nothing', async () => {
    const { out, store } = await chat([...SICK_START, '01/12/2019', '05/12/2031', '01/12/2019', 'initial', 'arret.pdf', '', 'non', '/quitter'], 'hr');
    expect(out).toContain('⚠ À vérifier : la période dépasse 3 mois ; le premier jour est il y a plus d’un an. Est-ce bien cela ?');
    expect(out).toContain('Formulaire abandonné, rien n’a été enregistré.');
    expect(await store.listRequests({})).toEqual([]);
  });

  test('GIVEN the summary THEN a field is corrected by its number, and the document shows its size in bytes under 1 Ko', async () => {
    const { out, store } = await chat([...SICK_START, '16/11/2026', '20/11/2026', '16/11/2026', 'initial', 'arret.pdf', '', '1', 'Jeanne Dupont', 'oui', '/quitter'], 'hr');
    expect(out).toContain("1. Nom de l'alternant(e) : Jeanne Dupont");
    expect(out).toContain(`arret.pdf (${formatFileSize(minimalPdf().length)})`);
    expect((await store.listRequests({}))[0]).toMatchObject({ studentName: 'Jeanne Dupont' });
  });

  test.each([
    ["'a b/arrêt scanné.pdf'", 'quoted, with spaces'],
    ['"a b/arrêt scanné.pdf"', 'double-quoted'],
    ['a\\ b/arrêt\\ scanné.pdf', 'spaces escaped as a shell does'],
  ])('GIVEN the path %s (%s) THEN the file is read', async (path) => {
    const { out } = await chat([...SICK_START, '16/11/2026', '20/11/2026', '16/11/2026', 'initial', path, '', '/annuler', '/quitter'], 'hr');
    expect(out).toContain('arrêt scanné.pdf (');
  });

  test('GIVEN ~/arret.pdf THEN read from the home folder', () => {
    expect(pastedPath('~/arret.pdf', '/tmp', '/home/rh')).toBe('/home/rh/arret.pdf');
    expect(pastedPath("  '/tmp/a b/arret.pdf' ", '/x')).toBe('/tmp/a b/arret.pdf');
  });

  test('GIVEN a directory as the document THEN « c’est un dossier », asked again', async () => {
    const { out } = await chat([...SICK_START, '16/11/2026', '20/11/2026', '16/11/2026', 'initial', 'a b', '/annuler', '/quitter'], 'hr');
    expect(out).toContain('est un dossier, pas un fichier');
  });

  test('GIVEN Ctrl-D in the middle of a form THEN « formulaire abandonné, rien n’a été enregistré » before leaving', async () => {
    const { out, store } = await chat(['/arret-maladie', 'Jeanne Martin'], 'hr');
    expect(out).toMatch(/Formulaire abandonné, rien n’a été enregistré\.\nAu revoir !\n$/);
    expect(await store.listRequests({})).toEqual([]);
  });

  test('GIVEN Ctrl-C in the middle of a form (interactive terminal) THEN the same words before leaving', async () => {
    const { service: requests } = service();
    const assistant = createAssistant(realKnowledge(), { requests });
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (c) => (out += c));
    const done = runChat({ assistant, exportDir: tmpdir(), cwd: tmpdir() }, { input, output, clock: () => new Date('2026-11-24T10:00:00Z'), interactive: true }, { id: 'terminal:hr', role: 'hr', staffFunctions: [] });
    input.write('/arret-maladie\r');
    await new Promise((r) => setTimeout(r, 100));
    input.write('\x03');
    await done;
    expect(out).toContain('Formulaire abandonné, rien n’a été enregistré.');
  });
});
