import { describe, expect, test } from 'vitest';
import { ArgumentError, parseContractDatesArgs, parseMinimumPayArgs } from '../../src/core/commands.ts';

describe('/contrat-dates arguments accept what people type', () => {
  test.each([
    ['M2 CAPP', { formation: 'm2', family: 'apprenticeship' }],
    ['m2 apprentissage', { formation: 'm2', family: 'apprenticeship' }],
    ['M2 apprenti', { formation: 'm2', family: 'apprenticeship' }],
    ['L3 CPRO', { formation: 'l3i', family: 'professionalisation' }],
    ['licence 3 pro', { formation: 'l3i', family: 'professionalisation' }],
    ['L3I professionnalisation', { formation: 'l3i', family: 'professionalisation' }],
    ['M1 stage alternance', { formation: 'm1', family: 'work-study-internship' }],
    ['M2 ISIE CSTAGEALT', { formation: 'm2', track: 'isie', family: 'work-study-internship' }],
    ['M1 Marseille contrat pro', { formation: 'm1', site: 'ilot-du-bois', family: 'professionalisation' }],
    ['M2 CAPP 2025/2026', { academicYear: '2025/2026' }],
    ['M2 CAPP 2025', { academicYear: '2025/2026' }],
    ['M2 CAPP 01/09/2026', { ddc: '2026-09-01' }],
    ['M2 CAPP 2026-09-01 2027-08-31', { ddc: '2026-09-01', dfc: '2027-08-31' }],
  ])('GIVEN « %s »', (args, expected) => {
    expect(parseContractDatesArgs(args)).toMatchObject(expected);
  });

  test.each([
    ['', 'formation', /Il manque la formation et le contrat/],
    ['M3 CAPP', 'formation', /« m3 » n'est pas une formation reconnue. Formations acceptées : L3I/],
    ['M2', 'contrat', /Il manque le type de contrat. Contrats acceptés : CAPP/],
    ['M2 CDD', 'contrat', /« cdd » n'est pas un type de contrat reconnu/],
    ['M2 CAPP 31/02/2026', 'date de début', /« 31\/02\/2026 » n'est pas une date valide/],
    ['M2 CAPP 2026/2028', 'année', /2026\/2027/],
    ['M2 CAPP 01/09/2026 01/09/2027 encore', 'arguments', /Arguments en trop : « encore »/],
  ])('GIVEN « %s » THEN the %s argument is named', (args, argument, message) => {
    try {
      parseContractDatesArgs(args);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ArgumentError);
      expect((error as ArgumentError).argument).toBe(argument);
      expect((error as ArgumentError).message).toMatch(message);
    }
  });
});

describe('/salaire-min arguments', () => {
  test.each([
    ['M2 CAPP 23', { age: 23 }],
    ['M2 CAPP 23 ans', { age: 23 }],
    ['M2 CAPP 12/03/2004', { birthDate: '2004-03-12' }],
    ['M2 CAPP 23 smc=2100', { age: 23, smc: 2100 }],
    ['M2 CAPP 23 smc=2100,50 date=01/07/2026', { smc: 2100.5, date: '2026-07-01' }],
    ['M2 stage', { family: 'work-study-internship' }],
  ])('GIVEN « %s »', (args, expected) => {
    expect(parseMinimumPayArgs(args)).toMatchObject(expected);
  });

  test.each([
    ['M2 CAPP', /Il manque l'âge ou la date de naissance/],
    ['M2 CAPP vingt', /« vingt » n'est ni un âge ni une date de naissance/],
    ['M2 CAPP 23 smc=abc', /SMC « abc » n'est pas un montant : indiquez le salaire minimum conventionnel mensuel brut en euros, entre 100 et 20.000 €/],
    ['M2 CAPP 23 smc=99999999', /SMC « 99999999 » n'est pas plausible/],
    ['M2 CAPP 23 smc=-5', /SMC « -5 » n'est pas un montant/],
    ['M2 CAPP -5', /un âge négatif n'est pas possible/],
    ['M2 CAPP 99999999999999999999', /n'est pas un âge plausible/],
    ['M2 CAPP 23 date=01/01/1900', /hors des années acceptées \(2000 à 2100\)/],
    ['M2 CAPP 23 date=2026-02-30', /n'est pas une date valide/],
    ['M2 CAPP 23 24', /Arguments en trop : « 24 »/],
  ])('GIVEN « %s » THEN a French message', (args, message) => {
    expect(() => parseMinimumPayArgs(args)).toThrow(message);
  });

  test('GIVEN a very long bad argument THEN it is cut when echoed', () => {
    expect(() => parseMinimumPayArgs(`M2 CAPP ${'x'.repeat(500)}`)).toThrow(/x{40}…/);
  });
});

describe('a rate before and increases said in a sentence have the bounds of the /salaire-min options', () => {
  test('GIVEN an impossible previous rate or too many increases THEN a French message naming what is accepted, no amount', async () => {
    const { ask } = await import('../support/assistant.ts');
    const { renderPlainText } = await import('../../src/core/index.ts');
    const rate = await ask({ q: 'j’étais payé à 999 % du smic, apprenti en M1 à 22 ans, mon salaire ?' });
    expect(rate.kind).toBe('error');
    expect(renderPlainText(rate)).toMatch(/entre 1 et 100/);
    const increases = await ask({ q: 'apprenti M1 22 ans avec 9 majorations, ça fait combien ?' });
    expect(increases.kind).toBe('error');
    expect(renderPlainText(increases)).toMatch(/au plus 4 majorations/);
    expect(renderPlainText(increases)).not.toMatch(/€/);
  });
});
