import { describe, expect, test } from 'vitest';
import { extractEntities as extract } from '../../src/core/entities.ts';
import { createLanguage } from '../../src/core/language.ts';
import { realKnowledge } from '../support/knowledge.ts';

const language = createLanguage(realKnowledge().lexicon);
const normalize = (text: string) => language.words(text).join(' ');
const extractEntities = (text: string) => extract(language, text);

describe('normalisation', () => {
  test.each([
    ['C koi l’alternance ?', "c est quoi l alternance"],
    ["le M2 c'est où ?", 'le m2 c est ou'],
    ["jsuis en M2, j'ai 23 ans", 'je suis en m2 j ai 23 ans'],
    ['Qu’est-ce que le SFCA ?', 'qu est ce que le sfca'],
    ['Rémunération ÉLEVÉE', 'remuneration elevee'],
  ])('GIVEN « %s » THEN « %s »', (text, expected) => {
    expect(normalize(text)).toBe(expected);
  });
});

describe('entities are extracted exactly', () => {
  test.each([
    ["j'ai 23 ans en M2 en apprentissage", { age: 23, formation: 'm2', family: 'apprenticeship' }],
    ['Née le 12/03/2004, en L3I en contrat pro', { birthDate: '2004-03-12', formation: 'l3i', family: 'professionalisation' }],
    ['notre alternant en M1 à Marseille', { role: 'hr', formation: 'm1', site: 'ilot-du-bois' }],
    ['mon tuteur me saoule, je suis en M2 ISIE', { role: 'student', formation: 'm2', track: 'isie' }],
    ['What is the minimum wage for a 22 years old apprentice?', { lang: 'en', age: 22, family: 'apprenticeship' }],
    ['contrat du 01/09/2026 au 3 septembre 2027', { dates: ['2026-09-01', '2027-09-03'] }],
    ['dates 2026/2027 stage en alternance', { academicYear: '2026/2027', family: 'work-study-internship' }],
    ['cpro moins de 21 ans', { age: 20, family: 'professionalisation' }],
    ['smc de 2 100 €', { smc: 2100 }],
    ['le SMIC en janvier 2026', { period: { from: '2026-01-01', to: '2026-01-31' } }],
  ])('GIVEN « %s »', (text, expected) => {
    expect(extractEntities(text)).toMatchObject(expected);
  });

  test('GIVEN an impossible date THEN it is reported, not guessed', () => {
    expect(extractEntities('début le 31/02/2026')).toMatchObject({ dates: [], invalidDates: ['31/02/2026'] });
  });

  test('GIVEN hours a day and days of presence THEN both, and days of leave are not presence', () => {
    expect(extractEntities('stage alternance 12 jours ouvrés ce mois a 7h par jour').presence).toEqual({ hoursPerDay: 7, days: 12 });
    expect(extractEntities('7,5 heures par jour').presence).toEqual({ hoursPerDay: 7.5, days: undefined });
    expect(extractEntities("j'ai droit a 5 jours de revision ?").presence).toBeUndefined();
  });

  test('GIVEN a duration in years THEN it is not an age (« sur 2 ans », « un contrat de 2 ans »)', () => {
    expect(extractEntities('apprenti sur 2 ans M1 puis M2').age).toBeUndefined();
    expect(extractEntities("contrat de 2 ans, j'ai 24 ans").age).toBe(24);
    expect(extractEntities('un apprenti de 22 ans').age).toBe(22);
    expect(extractEntities("prolongé d'un an, j'ai 24 ans").age).toBe(24);
    expect(extractEntities("un contrat d'apprentissage de 2 ans en M1").age).toBeUndefined();
    expect(extractEntities('apprenti depuis il y a 2 ans en M2').age).toBeUndefined();
    expect(extractEntities("j'ai 5 ans").age).toBe(5);
  });

  test('GIVEN « my apprentice is 24 » THEN the age, but « the rate is 53 % » is not one', () => {
    expect(extractEntities('My M1 apprentice is 24 and we pay her 950 euros gross a month').age).toBe(24);
    expect(extractEntities('the rate is 53 %').age).toBeUndefined();
  });

  test('GIVEN an internship’s length THEN its days of presence (5 a week, 22 a month), and « stage de 2 ans » is no age', () => {
    expect(extractEntities('un stage de 6 semaines en tout').internshipDays).toBe(30);
    expect(extractEntities('stage en alternance de 4 mois').internshipDays).toBe(88);
    expect(extractEntities('is it mandatory for a 3-week internship?').internshipDays).toBe(15);
    expect(extractEntities('stage de 2 ans').age).toBeUndefined();
    // Days « au total » are the internship's length; « 13 jours de 7 h » is a month's presence.
    expect(extractEntities('mon stage fait 40 jours de présence au total').internshipDays).toBe(40);
    expect(extractEntities('13 jours de 7 h en novembre').presence).toEqual({ hoursPerDay: 7, days: 13 });
    // A day and month without a year after « le »: its nearest occurrence, or reported when no such month exists.
    expect(extract(language, 'je peux commencer le 15/12 ?', '2026-11-24' as never).dates).toEqual(['2026-12-15']);
    expect(extract(language, 'je peux commencer le 15/13 ?', '2026-11-24' as never).invalidDates).toEqual(['15/13']);
  });

  test('GIVEN the rate before, the rate offered, a checked result and increases THEN each in its place', () => {
    const e = extractEntities;
    const moved = e("L'an dernier j'étais apprentie en L3I payée à 78 %. Cette année en M1, à 21 ans, on veut me mettre à 53 %, c'est permis ?");
    expect(moved).toMatchObject({ formation: 'm1', previousRate: 78, paidRate: 53 });
    expect(moved.period).toBeUndefined();
    // The formation before, said in the past, with no rate: the grid gives it (D6222-29).
    expect(e("j'étais apprenti en L3I à 22 ans, je passe en M1 dans une autre boîte, je redescends à 53 % ?")).toMatchObject({ formation: 'm1', previousFormation: 'l3i', paidRate: 53 });
    expect(e("g deja une licence, j'ai droit a +15% ?").increases).toBe(1);
    expect(e('ma boite veut me payer 900 balles brut').paid).toEqual({ euros: 900, per: 'month' });
    expect(e("j'étais en apprentissage, mon contrat a été rompu, je peux continuer en contrat pro ?").family).toBe('professionalisation');
    expect(e('apprenti M1 22 ans avec une majoration, ça fait 68 % ?')).toMatchObject({ increases: 1, claimedRate: 68 });
    expect(e('apprenti M1 22 ans')).not.toHaveProperty('claimedRate');
  });

  test('GIVEN a day and a month without a year THEN their nearest occurrence', () => {
    const today = '2026-11-24' as Parameters<typeof extract>[2];
    expect(extract(language, 'je commence le 1er décembre', today).dates).toEqual(['2026-12-01']);
    expect(extract(language, "j'ai commencé le 1er septembre", today).dates).toEqual(['2026-09-01']);
    expect(extract(language, 'on 15 January', today).dates).toEqual(['2027-01-15']);
    expect(extract(language, 'je commence le 30 février', today)).toMatchObject({ dates: [], invalidDates: ['30 fevrier'] });
  });

  test('GIVEN nothing specific THEN nothing is invented', () => {
    expect(extractEntities('bonjour')).toEqual({ dates: [], invalidDates: [], outOfRangeDates: [], lang: 'fr', formation: undefined, track: undefined, site: undefined, family: undefined, role: undefined });
  });
});

describe('the lexicon is data, read the same on questions and on the knowledge base', () => {
  test.each([
    ['rémunérations', 'remuneration'],
    ['ma boîte', 'entreprise'],
    ['je veux sécher', 'absence'],
    ['maître d’apprentissage', 'tuteur'],
  ])('GIVEN « %s » THEN it meets the term of « %s »', (typed, known) => {
    expect(language.terms(typed)).toContain(language.terms(known)[0]);
  });

  test('GIVEN only polite words THEN thanks or a greeting, in English when said in English', () => {
    expect(language.politeness('merci beaucoup')).toEqual({ kind: 'thanks', english: false });
    expect(language.politeness('hello everyone')).toEqual({ kind: 'greeting', english: true });
    expect(language.politeness('merci pour le salaire')).toBeUndefined();
  });

  test('GIVEN another school or a country as a place THEN elsewhere; a country one comes from is not, and a nationality is a foreign student', () => {
    expect(language.elsewhere('la MIAGE de Nanterre recrute ?')).toBe('school');
    expect(language.elsewhere('le SMIC en Belgique ?')).toBe('country');
    expect(language.elsewhere('je viens du Maroc')).toBeUndefined();
    expect(language.elsewhere('can you talk to us?')).toBeUndefined();
    expect(language.terms('je suis marocaine')).toContain(language.terms('étranger')[0]);
    expect(language.namesOurs('le CFA Formasup')).toBe(true);
    expect(language.namesOurs('un bon traiteur')).toBe(false);
  });
});


describe('two days said', () => {
  test('GIVEN a day and month then another THEN both, each its nearest occurrence', () => {
    expect(extract(language, 'un salon le 14 décembre, la demande le 3 décembre', '2026-11-25' as never).dates).toEqual(['2026-12-14', '2026-12-03']);
  });
  test('GIVEN a second day and month no year has (« le 30 février ») THEN said invalid, not dropped', () => {
    expect(extract(language, 'un salon le 14 décembre, la demande le 30 février', '2026-11-25' as never).invalidDates).toEqual(['30 fevrier']);
  });
  test('GIVEN a day alone after a dated one (« … le 24 ») THEN that day of the same month, or of the next when earlier', () => {
    expect(extract(language, 'arrêt du 20 novembre, donné à ma boîte le 24', '2026-11-25' as never).dates).toEqual(['2026-11-20', '2026-11-24']);
    expect(extract(language, 'arrêt du 28 novembre, donné le 2', '2026-11-30' as never).dates).toEqual(['2026-11-28', '2026-12-02']);
    expect(extract(language, 'le 24 novembre j’ai 24 ans', '2026-11-25' as never).dates).toEqual(['2026-11-24']);
  });
});
