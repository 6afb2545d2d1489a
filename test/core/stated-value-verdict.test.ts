import { describe, expect, test } from 'vitest';
import { renderPlainText } from '../../src/core/index.ts';
import { statedValueVerdict } from '../../src/core/stated-value-verdict.ts';
import { ask } from '../support/assistant.ts';

const people = new Map([['salmi', 'Mme Anissa SALMI'], ['bresset', 'Mme Amandine BRESSET']]);
const first = (q: string, as: 'student' | 'hr' | 'tutor' = 'student') => ask({ q, as }).then((r) => renderPlainText(r).split('\n')[0]);

describe('a value stated and asked about, against the documents’ one (issue 10)', () => {
  test('GIVEN the value right after « c’est » THEN Oui when the headline states it, Non with the documents’ value otherwise', () => {
    expect(statedValueVerdict('le smic horaire c’est toujours 11,88 € ?', ['SMIC brut au 25/11/2026', '12,31 € ; 1 867,02 €'], people)).toEqual({ answer: 'non', stated: '11,88 €', found: ['12,31 €', '1 867,02 €'] });
    expect(statedValueVerdict('le smic mensuel c’est 1867 € ?', ['SMIC brut', '12,31 € ; 1 867,02 €'], people)).toMatchObject({ answer: 'oui', stated: '1 867,02 €' });
    expect(statedValueVerdict('ma secrétaire c’est Mme Bresset ?', ['Secrétariat de Marseille — Mme Anissa SALMI'], people)).toMatchObject({ answer: 'non', found: ['Mme Anissa SALMI'] });
    expect(statedValueVerdict('Is the minimum stipend 4.35 euros an hour?', ['Minimum allowance: 4,50 € an hour'], people)).toMatchObject({ answer: 'non', stated: '4,35 €' });
  });

  test('GIVEN a value stated as a condition, or two values, or a headline without one THEN no verdict', () => {
    expect(statedValueVerdict('mes parents gardent les allocs si je touche 61 % du smic ?', ['Allocations familiales — jusqu’à 55 % du SMIC'], people)).toBeUndefined();
    expect(statedValueVerdict('c’est 900 € ou 1 000 € ?', ['Salaire minimum : 989,52 €'], people)).toBeUndefined();
    expect(statedValueVerdict('la secrétaire c’est Mme Salmi ?', ['Rythme de l’alternance en M1'], people)).toBeUndefined();
    // (A length the answer does not say alone, « 1 an en L3I, 2 ans sur le Master », decides nothing.)
    expect(statedValueVerdict('le contrat dure 1 an ?', ['Contrat de 1 an en L3I ou en M2, de 2 ans en M1'], people)).toBeUndefined();
    expect(statedValueVerdict('Is a stipend mandatory once the intern has been there more than two months?', ['Gratification — over 2 months'], people)).toBeUndefined();
  });

  test.each([
    ['le SMIC c’est 1 801,80 € par mois ?', /^Non : d'après les documents, c'est 12,31 € \/ 1 867,02 €, pas 1 801,80 €/],
    ['la gratification minimale d’un stage en alternance c’est 4,35 € de l’heure ?', /^Non : .*4,50 €, pas 4,35 €/],
    ['je suis en M2, ma secrétaire pédagogique c’est Mme Bresset ?', /^Non : .*SALMI, pas Mme Amandine BRESSET/],
    ['le responsable de l’alternance c’est M. Caussanel ?', /^Oui : c'est bien M\. Jean CAUSSANEL/],
    ['Is the hourly SMIC 12.31 euros?', /^Yes: it is 12,31 €/],
    ['je rentre en M1 en apprentissage, le contrat il dure 1 an ?', /^Non : d'après les documents, c'est 2 ans, pas 1 an/],
    ['Does an M1 apprenticeship contract last 2 years?', /^Yes: it is 2 years/],
    // (The L3I's 2026/2027 dates are not in the documents: said so, no verdict.)
    ['la L3I commence le 1er septembre 2026 ?', /^Pas dans les documents/],
    ['le M2 2026/2027 a commencé le 1er septembre 2026 ?', /^Non : d'après les documents, la formation commence le 03\/09\/2026, pas le 01\/09\/2026/],
    ['Does the M2 end on 3 September 2027?', /^Yes: the training ends on 03\/09\/2027/],
  ])('GIVEN « %s » THEN the verdict', async (q, line) => {
    expect(await first(q)).toMatch(line);
  });

  test('GIVEN an e-mail address stated THEN checked against the card of what is asked, not the card the address names', async () => {
    expect(statedValueVerdict('le mail du secrétariat c’est feg-miage-aix@univ-amu.fr ?', ['Secrétariat de Marseille — feg-miage-marseille@univ-amu.fr'], people)).toMatchObject({ answer: 'non', found: ['feg-miage-marseille@univ-amu.fr'] });
    expect(await first("le mail du secrétariat du M2 c'est feg-miage-aix@univ-amu.fr ?")).toMatch(/^Non : d'après les documents, c'est feg-miage-marseille@univ-amu.fr/);
    expect(await first("le mail du secrétariat du M2 c'est feg-miage-marseille@univ-amu.fr ?")).toMatch(/^Oui/);
  });

  test('GIVEN a certification number stated apart from « RNCP » THEN checked against the sheet of the programme named, not the one it numbers', async () => {
    expect(await first("le code RNCP de l'icam c'est 35284 ?")).toMatch(/^Non : d'après les documents, c'est RNCP 39580, pas RNCP 35284/);
    expect(await first("le code RNCP de l'icam c'est 39580 ?")).toMatch(/^Oui/);
  });

  test('GIVEN one person said by two surnames THEN one value; GIVEN a past value without its year THEN no verdict', () => {
    const staff = new Map([['ramadour', 'M. Philippe RAMADOUR ANDREOLETTI'], ['andreoletti', 'M. Philippe RAMADOUR ANDREOLETTI'], ['thuillier', 'M. Etienne THUILLIER']]);
    expect(statedValueVerdict('Is Philippe Ramadour Andreoletti still the director?', ['Direction de la MIAGE — M. Etienne THUILLIER'], staff)).toMatchObject({ answer: 'non', stated: 'M. Philippe RAMADOUR ANDREOLETTI' });
    expect(statedValueVerdict('le smic horaire c’était 11,88 € ?', ['SMIC brut au 25/11/2026', '12,31 € ; 1 867,02 €'], people)).toBeUndefined();
    expect(statedValueVerdict('en janvier 2026 le smic horaire c’était 12,02 € ?', ['SMIC brut au 01/01/2026', '12,02 € ; 1 823,03 €'], people)).toMatchObject({ answer: 'oui' });
  });
});

