import { describe, expect, test } from 'vitest';
import { askedDetail, givesDetail, sentencesOf } from '../../src/core/asked-detail.ts';
import { fold } from '../../src/core/normalize.ts';

const everything = () => true;

describe('asked detail', () => {
  test.each([
    ['c quoi le mdp de cactus', 'password'],
    ['le numero de telephone de m caussanel ?', 'phone'],
    ["what's the link to the booklet platform?", 'link'],
    ["l'adresse exacte du site de forbin ?", 'address'],
    ['le forum a lieu quand ?', 'date'],
    ['qui valide les missions ?', undefined],
    ["l'adresse mail du secretariat ?", 'email'],
    ['je l envoie par mail ?', undefined],
    ['le secretariat c est dans quel bureau ?', 'room'],
    ['which room is the class in?', 'room'],
  ])('GIVEN « %s » THEN %s is asked', (q, detail) => {
    expect(askedDetail(fold(q))).toBe(detail);
  });

  test('GIVEN an answer THEN the detail counts only when stated, never a password', () => {
    const card = sentencesOf('CFA FORMASUP — tél. 04.91.14.04.50 · http://www.cfa-epure.com/').map(fold);
    expect(card).toHaveLength(1);
    expect(givesDetail('phone', card, everything)).toBe(true);
    expect(givesDetail('link', card, everything)).toBe(true);
    expect(givesDetail('address', card, everything)).toBe(false);
    expect(givesDetail('password', sentencesOf('Formulaire web, mot de passe donné par le responsable.').map(fold), everything)).toBe(false);
    expect(givesDetail('date', sentencesOf('Le forum a lieu chaque année en novembre.').map(fold), everything)).toBe(true);
  });

  test('GIVEN an address stated for another site in the same text THEN not given for this one', () => {
    const text = sentencesOf("L3I à Aix (site de Forbin). M2 à l'îlot du Bois, 5-9 boulevard Maurice Bourdet.").map(fold);
    expect(givesDetail('address', text, (s) => s.includes('forbin'))).toBe(false);
    expect(givesDetail('address', text, (s) => s.includes('bois'))).toBe(true);
  });
});

describe('where a password comes from is not the password asked', () => {
  test('GIVEN « le mot de passe je le trouve où ? » THEN who gives it; « c’est quoi le mot de passe ? » THEN the password', () => {
    expect(askedDetail('et le mot de passe je le trouve ou')).toBe('person');
    expect(askedDetail('comment j obtiens le mot de passe')).toBe('person');
    expect(askedDetail('c est quoi le mot de passe de la fiche')).toBe('password');
  });
});
