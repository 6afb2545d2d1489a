import { beforeAll, describe, expect, test } from 'vitest';
import { renderPlainText } from '../../src/core/index.ts';
import { ask, labelledQuestions, mismatches } from '../support/assistant.ts';

const questions = labelledQuestions();

describe('the labelled questions', () => {
  let results: Array<{ question: (typeof questions)[number]; problems: string[] }> = [];
  let failures: typeof results = [];
  beforeAll(async () => {
    for (const question of questions) results.push({ question, problems: mismatches(question, await ask(question)) });
    failures = results.filter((r) => r.problems.length > 0);
  });

  test('GIVEN the set THEN it has at least 200 questions, 20 of them out of scope, some in English', () => {
    expect(questions.length).toBeGreaterThanOrEqual(200);
    expect(questions.filter((q) => q.scope === 'out').length).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => /\b(what|who|how|which|is|my)\b/i.test(q.q)).length).toBeGreaterThanOrEqual(10);
  });

  test('GIVEN every question THEN at least 95 % get the expected facts and kind', () => {
    const accuracy = 1 - failures.length / results.length;
    const report = failures.map((f) => `${f.question.q} [${f.question.as ?? 'student'}]: ${f.problems.join('; ')}`).join('\n');
    expect(accuracy, `${failures.length} failures:\n${report}`).toBeGreaterThanOrEqual(0.95);
  });

  test('GIVEN an out-of-scope question THEN it never gets an answer', () => {
    const answered = results.filter((r) => r.question.scope === 'out' && r.problems.includes('out of scope but answered'));
    expect(answered.map((r) => r.question.q)).toEqual([]);
  });
});

describe('a question without a programme named is the MIAGE’s', () => {
  test.each(['le tuteur entreprise doit venir à la soutenance ?'])('GIVEN « %s » THEN not answered from another programme’s sheet', async (q) => {
    const r = await ask({ q, as: 'tutor' });
    expect(String(r.data.entryId ?? '')).not.toMatch(/^(ionis|icam)/);
  });
});

describe('working abroad is not being a foreign student', () => {
  test('GIVEN « je peux faire mon alternance à l’étranger ? » THEN no Oui borrowed from « un étudiant étranger peut-il faire une alternance ? »', async () => {
    expect(renderPlainText(await ask({ q: 'je peux faire mon alternance à l’étranger ?' }))).not.toMatch(/^Oui/);
    expect(renderPlainText(await ask({ q: 'je suis étranger, je peux faire une alternance ?' }))).toMatch(/^Oui/);
  });
});

describe('no reply ever shows a broken value', () => {
  const odd = ['', '   ', '?', '/', '/salaire-min', '/contrat-dates M2 CAPP 00/00/0000', 'j ai -5 ans en M2 apprenti salaire', 'apprenti M2 999999999999 ans salaire', '😀😀😀', 'a'.repeat(5000), '<!channel> @everyone salaire', 'null', 'undefined', '/salaire-min M2 CAPP 23 smc=1e309'];
  // A long input is named by its start and length: a test name stays one readable line.
  const named = [...labelledQuestions().map((q) => q.q), ...odd].map((q) => ({ q, shown: q.length > 80 ? `${q.slice(0, 40)}… (${q.length} caractères)` : q }));
  test.each(named)('GIVEN « $shown »', async ({ q }) => {
    const text = renderPlainText(await ask({ q: q.slice(0, 5000) }));
    expect(text).not.toMatch(/\bNaN\b|\bundefined\b|Invalid Date|\[object Object\]|at .+\.ts:\d+/);
  });
});
