import { describe, expect, test } from 'vitest';
import { boundVerdict } from '../../src/core/bound-verdict.ts';

const SIX_MONTHS = 'Pour être certifié, il faut valider une période d’au moins 6 mois en entreprise.';
const TWO_CASES = 'une expérience à l’international d’au moins 9 semaines (apprentis) ou 16 semaines (étudiants)';

describe('a quantity stated against the bound the answer states', () => {
  test.each([
    ['3 mois en entreprise suffisent ?', SIX_MONTHS, 'non'],
    ['8 mois en entreprise ça suffit ?', SIX_MONTHS, 'oui'],
    ['is six months enough?', SIX_MONTHS, 'oui'],
    ['il faut au moins 6 mois en entreprise ?', SIX_MONTHS, 'oui'],
    ['il faut 4 mois en entreprise ?', SIX_MONTHS, 'non'],
    ['s’il reste 100 h de formation ça passe ?', 'au moins 150 h en contrat de professionnalisation ; 402 h de formation au minimum', 'non'],
    ['je peux le prolonger de 2 mois, c’est possible ?', 'prolongation jusqu’à 3 mois', 'oui'],
    ['20 semaines à l’international ça suffit ?', TWO_CASES, 'oui'],
  ])('GIVEN « %s » THEN %s', (question, answer, verdict) => {
    expect(boundVerdict(question, answer)?.answer).toBe(verdict);
  });

  test.each([
    // No bound in the answer: a quantity it states proves nothing (« ne s'applique pas »).
    ['on a droit à 5 jours de révision ?', 'Le congé de 5 jours ouvrables pour réviser ne s’applique pas.'],
    ['il vient 2 fois par an ?', 'le tuteur fait 2 visites par an'],
    // Bounds for several cases that disagree on the quantity stated, or a requirement with two values.
    ['12 semaines à l’international ça suffit ?', TWO_CASES],
    ['il faut 16 semaines à l’international ?', TWO_CASES],
    // Another unit, or two quantities stated.
    ['3 semaines ça suffit ?', SIX_MONTHS],
    ['entre 3 mois et 5 mois ça suffit ?', SIX_MONTHS],
  ])('GIVEN « %s » THEN no verdict', (question, answer) => {
    expect(boundVerdict(question, answer)).toBeUndefined();
  });
});
