import { describe, expect, test } from 'vitest';
import { askedShare, maximumShare, shareVerdict } from '../../src/core/share-verdict.ts';

describe('a share asked against the maximum an entry sets', () => {
  test.each([
    ['2 jours sur 3 en teletravail ?', 66.7],
    ['un jour sur quatre', 25],
    ['1 day out of 5 from home?', 20],
    ['le télétravail à 50 % ?', 50],
    ['je peux télétravailler ?', undefined],
    ['5 jours sur 2', undefined],
    ['on peut le mettre en full remote ?', 100],
    ['tout en télétravail, ça passe ?', 100],
  ])('GIVEN « %s » THEN the share is %s %', (q, share) => {
    const got = askedShare(q);
    if (share === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(share, 0);
  });

  test('GIVEN an answer THEN its maximum, when it states one', () => {
    expect(maximumShare('une petite tolérance de télétravail, pas plus de 25 %.')).toBe(25);
    expect(maximumShare('no more than 25 % remote work')).toBe(25);
    expect(maximumShare('61 % du SMIC')).toBeUndefined();
  });

  test('GIVEN days a week THEN at least that share of a 5-day week: Non above the maximum, no verdict below it', () => {
    expect(shareVerdict('télétravail 2 jours par semaine ?', 'pas plus de 25 %')).toMatchObject({ answer: 'non', share: 40, atLeast: true });
    expect(shareVerdict('two days a week from home?', 'no more than 25 %')).toMatchObject({ answer: 'non' });
    // 1 day of 5 is 20 %, but of a 3-day week at the company 33 %: not said.
    expect(shareVerdict('télétravail un jour par semaine ?', 'pas plus de 25 %')).toBeUndefined();
  });

  test('GIVEN a share above the maximum THEN Non; within it THEN Oui; no maximum THEN no verdict', () => {
    expect(shareVerdict('2 jours sur 3 ?', 'pas plus de 25 %')?.answer).toBe('non');
    expect(shareVerdict('1 jour sur 4 ?', 'pas plus de 25 %')?.answer).toBe('oui');
    expect(shareVerdict('2 jours sur 3 ?', 'présence obligatoire')).toBeUndefined();
  });
});

describe('days a week against a known rhythm (issue 10)', () => {
  test('GIVEN « 1 jour par semaine » and 3 days a week at the company THEN 33 %, above a 25 % maximum', () => {
    expect(shareVerdict('un jour de télétravail par semaine, ça passe ?', 'pas plus de 25 %', 3)).toEqual({ answer: 'non', share: 100 / 3, limit: 25 });
  });
  test('GIVEN « 1 jour par semaine » and no rhythm known THEN no verdict (20 % of a 5-day week, a third of a 3-day one)', () => {
    expect(shareVerdict('un jour de télétravail par semaine, ça passe ?', 'pas plus de 25 %')).toBeUndefined();
  });
});
