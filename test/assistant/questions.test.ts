import { describe, expect, test } from 'vitest';
import { ask, labelledQuestions, mismatches } from '../support/assistant.ts';

const questions = labelledQuestions();

describe('the labelled questions', () => {
  const results = questions.map((question) => ({ question, problems: mismatches(question, ask(question)) }));
  const failures = results.filter((r) => r.problems.length > 0);

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
