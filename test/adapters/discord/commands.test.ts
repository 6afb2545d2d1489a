import { describe, expect, test } from 'vitest';
import { commandArgs, commandDefinitions } from '../../../src/adapters/discord/index.ts';
import { SLACK_COMMANDS } from '../../../src/adapters/slack/index.ts';

const definitions = commandDefinitions();
type Option = { name: string; description: string; type: number; choices?: Array<{ name: string; value: unknown }>; options?: Option[]; name_localizations?: Record<string, string> };

function* allOptions(options: Option[] = []): Generator<Option> {
  for (const o of options) {
    yield o;
    yield* allOptions(o.options);
  }
}
// Discord counts a command's names, descriptions, values and localisations against 4000 characters.
const size = (x: unknown): number => (typeof x === 'string' ? x.length : Array.isArray(x) ? x.reduce((n: number, v) => n + size(v), 0) : x && typeof x === 'object' ? Object.entries(x).reduce((n, [k, v]) => n + (['name', 'description', 'value', 'name_localizations', 'description_localizations', 'options', 'choices'].includes(k) ? size(v) : 0), 0) : 0);

describe('slash command definitions fit Discord limits', () => {
  test('GIVEN the other doors THEN the same commands', () => {
    expect(definitions.map((d) => d.name).sort()).toEqual([...SLACK_COMMANDS].sort());
  });

  test.each(definitions.map((d) => [d.name, d] as const))('GIVEN /%s THEN names, descriptions, options and choices are within limits', (_name, d) => {
    const nameRe = /^[-_\p{Ll}\p{N}]{1,32}$/u;
    expect(d.name).toMatch(nameRe);
    for (const local of Object.values(d.name_localizations ?? {})) expect(local).toMatch(nameRe);
    expect(d.description.length).toBeGreaterThanOrEqual(1);
    expect(d.description.length).toBeLessThanOrEqual(100);
    expect((d.options ?? []).length).toBeLessThanOrEqual(25);
    for (const o of allOptions(d.options as Option[])) {
      expect(o.name).toMatch(nameRe);
      expect(o.description.length).toBeLessThanOrEqual(100);
      expect((o.choices ?? []).length).toBeLessThanOrEqual(25);
      for (const c of o.choices ?? []) expect(c.name.length).toBeLessThanOrEqual(100);
    }
    expect(size(d)).toBeLessThanOrEqual(4000);
  });

  test('GIVEN required options THEN they come before optional ones', () => {
    for (const d of definitions) {
      for (const group of [d.options as Option[] | undefined, ...((d.options as Option[] | undefined) ?? []).map((o) => o.options)]) {
        const required = (group ?? []).map((o) => Boolean((o as { required?: boolean }).required));
        expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
      }
    }
  });

  test('GIVEN an English client THEN every command and option has an English name', () => {
    for (const d of definitions) expect(d.name_localizations?.['en-US']).toBeTruthy();
  });
});

describe('typed options become the same argument string as the other doors', () => {
  const options = (values: Record<string, string | number | boolean | null>, sub: string | null = null) => ({
    getString: (n: string) => (typeof values[n] === 'string' ? (values[n] as string) : null),
    getInteger: (n: string) => (typeof values[n] === 'number' ? (values[n] as number) : null),
    getNumber: (n: string) => (typeof values[n] === 'number' ? (values[n] as number) : null),
    getBoolean: (n: string) => (typeof values[n] === 'boolean' ? (values[n] as boolean) : null),
    getSubcommand: () => sub,
  });
  test.each([
    ['contrat-dates', options({ formation: 'M2', contrat: 'CAPP' }), 'M2 CAPP'],
    ['contrat-dates', options({ formation: 'M2', contrat: 'CAPP', debut: '01/09/2026', fin: '31/08/2027' }), 'M2 CAPP 01/09/2026 31/08/2027'],
    ['salaire-min', options({ formation: 'M2', contrat: 'CAPP', age: 23, smc: 2100 }), 'M2 CAPP 23 smc=2100'],
    ['demandes', options({ numero: 4, decision: 'refuser', raison: 'examen ce jour-là' }, 'decider'), '4 refuser raison="examen ce jour-là"'],
    ['demandes', options({ statut: 'en-attente', retard: true }, 'liste'), 'statut=en-attente retard=oui'],
    ['demandes', options({ du: '01/11/2026', au: '30/11/2026' }, 'export'), 'export du=01/11/2026 au=30/11/2026'],
  ])('GIVEN /%s THEN « %s »', (name, o, expected) => {
    expect(commandArgs(name, o)).toBe(expected);
  });
});

describe('where commands are offered', () => {
  test('GIVEN every command THEN offered in servers and in the bot DMs only, none hidden from students by a server permission', () => {
    for (const d of definitions) {
      expect(d.contexts).toEqual([0, 1]);
      expect(d.default_member_permissions ?? null).toBeNull();
    }
  });
});
