import { describe, expect, test } from 'vitest';
import { weekdayVerdict } from '../../src/core/weekday-verdict.ts';

const M2 = "En M2 : en entreprise les lundis, mardis et mercredis ; en formation les jeudis, vendredis et samedis matins (3 jours par semaine en entreprise). Les vacances universitaires se passent entièrement en entreprise.";
const L3I = 'En L3I alternance : cours habituellement les jeudis et vendredis (parfois quelques mercredis et samedis matins), en entreprise les lundis, mardis et la plupart des mercredis. Des semaines entières en formation sont prévues.';
const EN = 'In M2: at the company on Mondays, Tuesdays and Wednesdays; in training on Thursdays, Fridays and Saturday mornings.';

describe('a weekday at the company or in class, against a rhythm’s days', () => {
  test.each([
    ['il peut venir au bureau le jeudi ?', M2, 'non'],
    ['il peut venir au bureau le lundi ?', M2, 'oui'],
    ["j'ai cours le samedi ?", M2, 'oui'],
    ["j'ai cours le jeudi ?", L3I, 'oui'],
    ['Can our apprentice come to the office on Thursdays?', EN, 'non'],
  ])('GIVEN « %s » THEN %s', (q, answer, verdict) => {
    expect(weekdayVerdict(q, answer)?.answer).toBe(verdict === 'oui' ? 'oui' : 'non');
  });

  test('GIVEN a day the documents give only « parfois » or « la plupart des » THEN no verdict', () => {
    expect(weekdayVerdict('je suis en entreprise le mercredi ?', L3I)).toBeUndefined();
    expect(weekdayVerdict("j'ai cours le mercredi ?", L3I)).toBeUndefined();
  });

  test('GIVEN no day, or both places, or a text without days THEN no verdict', () => {
    expect(weekdayVerdict('je suis en entreprise quand ?', M2)).toBeUndefined();
    expect(weekdayVerdict('le lundi je suis en cours ou en entreprise ?', M2)).toBeUndefined();
    expect(weekdayVerdict('au bureau le lundi ?', 'Le télétravail est toléré.')).toBeUndefined();
  });
});
