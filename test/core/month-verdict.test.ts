import { describe, expect, test } from 'vitest';
import { monthVerdict } from '../../src/core/month-verdict.ts';

const visits = "Le tuteur universitaire fait 2 visites par an : la 1re en janvier/février, la 2nde en avril/mai (voire juin pour les M2). Ces visites ont lieu en présentiel.";

describe('a month asked for an event the answer dates', () => {
  test('GIVEN a month of the event’s clause THEN Oui; another THEN Non', () => {
    expect(monthVerdict('la première visite c’est en janvier ?', visits)?.answer).toBe('oui');
    expect(monthVerdict('la 1re visite peut être en avril ?', visits)?.answer).toBe('non');
    expect(monthVerdict('the second visit in May?', visits)?.answer).toBe('oui');
  });

  test('GIVEN a month said only for one formation THEN it depends on the formation asked, and no verdict without one', () => {
    expect(monthVerdict('la deuxième visite en juin ?', visits, 'm2')?.answer).toBe('oui');
    expect(monthVerdict('la deuxième visite en juin ?', visits, 'm1')?.answer).toBe('non');
    expect(monthVerdict('la deuxième visite en juin ?', visits)).toBeUndefined();
  });

  test('GIVEN no ordinal, no month, or a clause without months THEN no verdict', () => {
    expect(monthVerdict('la visite est en juin ?', visits)).toBeUndefined();
    expect(monthVerdict('la deuxième visite, c’est obligatoire ?', visits)).toBeUndefined();
    expect(monthVerdict('le 3e rendez-vous en mars ?', visits)).toBeUndefined();
  });
});
