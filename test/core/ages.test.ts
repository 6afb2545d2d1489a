import { describe, expect, test } from 'vitest';
import { renderPlainText } from '../../src/core/index.ts';
import { ask } from '../support/assistant.ts';

const HUGE = '9'.repeat(100_000);

describe('ages and birth dates are refused in words, never « Infinity » or « -4 » (issue 13)', () => {
  test.each([
    { name: '/salaire-min with the age -5', q: '/salaire-min M2 CAPP -5', expected: /âge négatif/i },
    { name: '/salaire-min with a birth date in the future', q: '/salaire-min M2 CAPP 01/01/2030', expected: /Date de naissance dans le futur \(01\/01\/2030/ },
    { name: 'a question with a birth date in the future', q: 'je suis né le 01/01/2030, M2 apprentissage, quel salaire ?', expected: /Date de naissance dans le futur/ },
    { name: '/salaire-min with an age of 100 000 digits', q: `/salaire-min M2 CAPP ${HUGE}`, expected: /âge/ },
    { name: 'a question with an age of 100 000 digits', q: `j'ai ${HUGE} ans, M2 apprentissage, quel salaire ?`, expected: /./ },
  ])('GIVEN $name THEN the problem is named', async ({ q, expected }) => {
    const text = renderPlainText(await ask({ q }));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/Infinity|NaN|undefined|« -4 »/);
  });
});

describe('option labels are never cut mid-word (issue 13)', () => {
  test.each(['contrat pro', 'stage', 'absence'])('GIVEN « %s » THEN each choice is labelled with the whole title', async (q) => {
    const r = await ask({ q });
    for (const a of r.actions) expect(a.label).toBe(a.label.trim());
    for (const a of r.actions.filter((x) => x.id.startsWith('topic:'))) expect(a.label).toBe(a.value);
  });
});
