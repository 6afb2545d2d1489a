import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readFileField } from '../../../src/adapters/terminal/session.ts';
import { minimalPdf } from '../../support/documents.ts';

const root = mkdtempSync(join(tmpdir(), 'read-doc-'));
const here = join(root, 'here');
const elsewhere = join(root, 'elsewhere');
mkdirSync(here);
mkdirSync(elsewhere);
writeFileSync(join(here, 'arret.pdf'), minimalPdf());
writeFileSync(join(elsewhere, 'secret.pdf'), minimalPdf('secret'));
symlinkSync(join(here, 'arret.pdf'), join(here, 'lien.pdf'));
symlinkSync(join(elsewhere, 'secret.pdf'), join(here, 'dehors.pdf'));
writeFileSync(join(here, 'gros.pdf'), Buffer.alloc(10 * 1024 * 1024 + 1));
execFileSync('mkfifo', [join(here, 'tube')]);

const bytesOf = (v: ReturnType<typeof readFileField>) => (typeof v === 'object' && v && 'bytes' in v ? v.bytes : undefined);

describe('the terminal reads a document path with bounds', () => {
  test('GIVEN a regular file in the folder THEN read', () => {
    expect(bytesOf(readFileField('arret.pdf', here))).toEqual(minimalPdf());
  });

  test('GIVEN a symbolic link inside the folder THEN followed', () => {
    expect(bytesOf(readFileField('lien.pdf', here))).toEqual(minimalPdf());
  });

  test('GIVEN a symbolic link leading outside the folder THEN refused', () => {
    expect(readFileField('dehors.pdf', here)).toMatch(/lien vers un fichier hors du dossier courant/);
  });

  test('GIVEN the real path of a file elsewhere, given explicitly THEN read', () => {
    expect(bytesOf(readFileField(join(elsewhere, 'secret.pdf'), here))).toEqual(minimalPdf('secret'));
  });

  test('GIVEN a FIFO with no writer THEN refused at once, not blocked', () => {
    const start = Date.now();
    expect(readFileField('tube', here)).toMatch(/n’est pas un fichier ordinaire/);
    expect(Date.now() - start).toBeLessThan(1000);
  });

  test('GIVEN /dev/zero THEN refused without reading it', () => {
    expect(readFileField('/dev/zero', here)).toMatch(/n’est pas un fichier ordinaire/);
  });

  test('GIVEN a file over 10 MB THEN refused by its size', () => {
    expect(readFileField('gros.pdf', here)).toMatch(/plus que les 10 Mo/);
  });

  test('GIVEN a missing file THEN said so', () => {
    expect(readFileField('absent.pdf', here)).toMatch(/introuvable/);
  });
});
