import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatKnowledgeError, loadKnowledge, loadKnowledgeOrThrow, InvalidKnowledgeError } from '../../src/knowledge/index.ts';

const KNOWLEDGE = resolve(import.meta.dirname, '../../knowledge');

/** A copy of the real knowledge base with one file rewritten. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function errorsOf(dir: string): string[] {
  const result = loadKnowledge(dir);
  expect(result.knowledge).toBeNull();
  return result.errors.map(formatKnowledgeError);
}

describe('the real knowledge base', () => {
  test('GIVEN the repository THEN it loads without errors', () => {
    const result = loadKnowledge(KNOWLEDGE);
    expect(result.errors).toEqual([]);
  });
});

describe('a broken file gives a message naming the file, the path and the problem', () => {
  test('GIVEN a SMIC written as text THEN file › entries[i].hourly: expected a number', () => {
    const dir = brokenCopy('law/smic.yaml', (t) => t.replace('hourly: 12.31', 'hourly: "douze"'));
    const [error] = errorsOf(dir);
    expect(error).toMatch(/law\/smic\.yaml › entries\[2\]\.hourly: .*nombre/);
  });

  test('GIVEN an impossible date THEN the path and the expected format are named', () => {
    const dir = brokenCopy('programs/miage-amu/cohorts.yaml', (t) => t.replace('ddf: "2026-09-03"', 'ddf: "2026-02-30"'));
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/cohorts\.yaml › entries\[4\]\.ddf: date invalide \(format AAAA-MM-JJ attendu\)/)]);
  });

  test('GIVEN an entry without sources THEN it is refused', () => {
    const dir = brokenCopy('programs/miage-amu/glossary.yaml', (t) => t.replace('sources: [{ doc: guide-alternance, ref: "Tableau 11" }], examples: [{ q: "Que veut dire DDF ?"', 'sources: [], examples: [{ q: "Que veut dire DDF ?"'));
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/glossary\.yaml › entries\[0\]\.sources: au moins une source/)]);
  });

  test('GIVEN a source citing an unknown document THEN the document id is named', () => {
    const dir = brokenCopy('law/smic.yaml', (t) => t.replace('doc: decret-2024-951', 'doc: decret-inconnu'));
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/smic\.yaml › entries\[0\]\.sources\[0\]\.doc: document inconnu « decret-inconnu »/)]);
  });

  test('GIVEN a routing rule naming a function nobody holds THEN it is refused', () => {
    const dir = brokenCopy('programs/miage-amu/routing.yaml', (t) => t.replace('- { function: responsable-alternance }', '- { function: responsable-inexistant }'));
    expect(errorsOf(dir)[0]).toMatch(/routing\.yaml › entries\[0\]\.contacts\[0\]\.function: fonction inconnue « responsable-inexistant »/);
  });

  test('GIVEN two entries with the same id THEN the second names the first file', () => {
    const dir = brokenCopy('programs/miage-amu/faq-m2.yaml', (t) => t.replace('id: m2-admission', 'id: redoublement'));
    // Files load in name order: faq-m2 claims the id first, faq-parcours is the duplicate.
    expect(errorsOf(dir)[0]).toMatch(/faq-parcours\.yaml › entries\[0\]\.id: identifiant « redoublement » déjà utilisé dans .*faq-m2\.yaml/);
  });

  test('GIVEN an unknown field THEN it is named', () => {
    const dir = brokenCopy('law/smic.yaml', (t) => t.replace('hourly: 12.31', 'hourly: 12.31\n    horaire: 12.31'));
    expect(errorsOf(dir)[0]).toMatch(/smic\.yaml › entries\[2\]: champ\(s\) inconnu\(s\) : horaire/);
  });

  test('GIVEN unreadable YAML THEN the line is named', () => {
    const dir = brokenCopy('law/smic.yaml', (t) => t.replace('entries:', 'entries: [\n'));
    expect(errorsOf(dir)[0]).toMatch(/smic\.yaml › ligne \d+: YAML illisible/);
  });

  test('GIVEN invalid knowledge THEN loading for start-up throws with every error', () => {
    const dir = brokenCopy('law/smic.yaml', (t) => t.replace('hourly: 12.31', 'hourly: -1'));
    expect(() => loadKnowledgeOrThrow(dir)).toThrow(InvalidKnowledgeError);
  });
});

describe('npm run knowledge:check', { timeout: 30_000 }, () => {
  const run = (dir: string) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, ['dist/src/knowledge/check-cli.js', dir], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      const e = error as { status: number; stderr: string };
      return { code: e.status, out: e.stderr };
    }
  };

  test('GIVEN the real knowledge THEN it exits 0 with a summary', () => {
    expect(run(KNOWLEDGE)).toMatchObject({ code: 0, out: expect.stringContaining('Base de connaissances valide') });
  });

  test('GIVEN a broken file THEN it exits 1 and prints file › path: problem', () => {
    const dir = brokenCopy('law/smic.yaml', (t) => t.replace('hourly: 12.31', 'hourly: "douze"'));
    const result = run(dir);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/smic\.yaml › entries\[2\]\.hourly: /);
  });
});

describe('parsed YAML is cached between starts (cold start), never trusted over an edit', () => {
  test('GIVEN a cached start WHEN a file is edited THEN the edit is read, and an edit that breaks it is refused', () => {
    const dir = brokenCopy('law/smic.yaml', (t) => t);
    const first = loadKnowledgeOrThrow(dir);
    const second = loadKnowledgeOrThrow(dir);
    expect(second.contacts).toEqual(first.contacts);
    // An edited file has another size or modification time: parsed again, and refused here.
    const path = join(dir, 'law/smic.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('hourly: 12.31', 'hourly: "douze"'));
    expect(() => loadKnowledgeOrThrow(dir)).toThrow(InvalidKnowledgeError);
  });

  test('GIVEN a corrupt cache file THEN it is ignored and the YAML is parsed', async () => {
    const dir = brokenCopy('law/smic.yaml', (t) => t);
    loadKnowledgeOrThrow(dir);
    const { createHash } = await import('node:crypto');
    const cacheFile = join(tmpdir(), `miage-assistant-${process.getuid?.() ?? 'user'}`, `knowledge-${createHash('sha1').update(dir).digest('hex').slice(0, 16)}.json`);
    writeFileSync(cacheFile, '{ not json');
    expect(loadKnowledgeOrThrow(dir).contacts.length).toBeGreaterThan(0);
  });
});
