import { describe, expect, test } from 'vitest';
import { renderPlainText } from '../../src/core/index.ts';
import { deadlineCountVerdict } from '../../src/core/deadline-count-verdict.ts';
import { ask } from '../support/assistant.ts';

const before = { days: 10, kind: 'ouvrables', direction: 'before' } as const;
const after = { days: 2, kind: 'ouvres', direction: 'after' } as const;

describe('a count of days said against a deadline’s own (issue 10)', () => {
  test('GIVEN days before an event THEN Non under the working days needed, Oui when surely over, none in between', () => {
    expect(deadlineCountVerdict('je peux envoyer ma fiche 3 jours avant ?', before)?.answer).toBe('non');
    expect(deadlineCountVerdict('trois semaines avant, ça passe ?', before)?.answer).toBe('oui');
    expect(deadlineCountVerdict('10 jours ouvrables avant ?', before)?.answer).toBe('oui');
    // 12 calendar days may hold fewer than 10 working days, or not: the calendar decides.
    expect(deadlineCountVerdict('12 jours avant ?', before)).toBeUndefined();
  });

  test('GIVEN days after an event THEN Oui within the deadline, Non surely past it; another direction THEN none', () => {
    expect(deadlineCountVerdict('je le donne 48h après ?', after)?.answer).toBe('oui');
    expect(deadlineCountVerdict('10 jours après, c’est bon ?', after)?.answer).toBe('non');
    expect(deadlineCountVerdict('3 jours avant ?', after)).toBeUndefined();
    expect(deadlineCountVerdict('la fiche c’est quoi ?', before)).toBeUndefined();
  });

  test.each([
    ['je peux envoyer ma fiche de validation 3 jours avant de commencer ?', 'student', /^Non : « 3 jours avant », c'est hors délai : il faut au moins 10 jours ouvrables/],
    ['je peux envoyer mon arrêt maladie 10 jours après ?', 'student', /^Non : .*2 jours ouvrés/],
    ['on peut transmettre l’arrêt de notre alternant 5 jours ouvrables après ?', 'hr', /^Oui : .*10 jours ouvrables/],
  ] as const)('GIVEN « %s » (%s) THEN the asker’s own deadline decides', async (q, as, line) => {
    expect(renderPlainText(await ask({ q, as })).split('\n')[0]).toMatch(line);
  });
});
