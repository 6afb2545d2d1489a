/**
 * No input can stop the assistant (issue 9): each case found by the hostile-input probe, by name,
 * then a property over generated messages, commands and form values. Time bounds here are wide
 * (they catch hangs and quadratic blow-ups, which took seconds to minutes); the real latencies are
 * measured by `npm run fuzz`.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { brokenValues, hostileMessage } from '../../bench/hostile-inputs.ts';
import { createAssistant, renderPlainText, type IncomingMessage, type Reply } from '../../src/core/index.ts';
import { memoryLogger } from '../../src/logging/index.ts';
import { addDaysTo, addWorkingDays, dayOfWeek, daysBetween, isoDate, parseUserDate } from '../../src/rules/index.ts';
import { realKnowledge } from '../support/knowledge.ts';
import { actors, service, sickValues } from '../support/requests.ts';

const logger = memoryLogger();
const { service: requests } = service();
const assistant = createAssistant(realKnowledge(), { requests, logger });
const NOW = new Date('2026-11-24T11:00:00Z');
const HANG_BOUND_MS = 2000;

async function timed(message: IncomingMessage): Promise<{ reply: Reply; ms: number; text: string }> {
  const started = performance.now();
  const reply = await assistant.handle(message);
  return { reply, ms: performance.now() - started, text: renderPlainText(reply) };
}

const as = (role: 'student' | 'hr' | 'staff', text: string): IncomingMessage => ({
  text,
  user: role === 'staff' ? { id: 'u:resp', role: 'staff', staffFunctions: ['responsable-alternance'] } : { id: `u:${role}`, role },
  channel: { kind: 'terminal' },
  now: NOW,
});

describe('calendar arithmetic never depends on a historical time-zone offset', () => {
  test('GIVEN a date before 11/03/1911 (Paris local mean time) WHEN one day is added THEN it is the next day', () => {
    expect(addDaysTo(isoDate('1900-01-01'), 1)).toBe('1900-01-02');
    expect(addDaysTo(isoDate('1911-03-09'), 1)).toBe('1911-03-10');
    expect(addDaysTo(isoDate('1911-03-10'), 1)).toBe('1911-03-11');
  });

  test('GIVEN 01/01/1900 WHEN 10 working days are added THEN the loop ends on the right day', () => {
    // 1900-01-01 was a Monday (1 January is a holiday, but it is the start, not counted).
    expect(dayOfWeek(isoDate('1900-01-01'))).toBe(1);
    expect(addWorkingDays(isoDate('1900-01-01'), 10, 'ouvrables')).toBe('1900-01-12');
  });

  test('GIVEN dates across DST changes and centuries THEN day counts are exact', () => {
    expect(daysBetween(isoDate('2026-03-28'), isoDate('2026-03-30'))).toBe(2);
    expect(daysBetween(isoDate('1900-01-01'), isoDate('2100-01-01'))).toBe(73049);
    expect(addDaysTo(isoDate('2100-02-28'), 1)).toBe('2100-03-01');
  });

  test.each([['01/01/1899'], ['31/12/2101'], ['01/01/0000'], ['01/01/99999']])('GIVEN « %s » THEN it is refused as a date', (text) => {
    expect(String(parseUserDate(text))).not.toMatch(/^\d{4}-/);
  });
});

describe('each case of the probe, by name', () => {
  test('GIVEN a sick note established on 01/01/1900 THEN it is refused with the accepted years, quickly, and nothing is stored', async () => {
    const before = await requests.list(actors.responsable, {});
    const { reply, ms, text } = await timed({ ...as('hr', ''), text: undefined, formSubmission: { formId: 'arret-maladie', values: sickValues({ debut: '01/01/1900', fin: '02/01/1900', etabli: '01/01/1900' }) } });
    expect(reply.kind).toBe('error');
    expect(text).toContain('2000 à 2100');
    expect(ms).toBeLessThan(HANG_BOUND_MS);
    expect(await requests.list(actors.responsable, {})).toHaveLength(before.length);
  });

  test('GIVEN the same note typed inline THEN the same refusal', async () => {
    const { reply, text } = await timed(as('hr', '/arret-maladie alternant="Jeanne Martin" email=j.m@etu.univ-amu.fr formation=M2 debut=01/01/1900 fin=02/01/1900 etabli=01/01/1900 nature=initial'));
    expect(reply.kind).toBe('error');
    expect(text).toContain('2000 à 2100');
  });

  test.each([['qui est le constructor ?'], ['constructor'], ['__proto__ toString valueOf hasOwnProperty'], ['c koi le prototype du contrat']])('GIVEN « %s » THEN a reply, not a TypeError', async (text) => {
    const { reply } = await timed(as('student', text));
    expect(['answer', 'clarify', 'fallback', 'computation']).toContain(reply.kind);
  });

  test.each([['/demandes statut=__proto__', 'statut=__proto__'], ['/demandes type=constructor', 'type=constructor'], ['/demandes statut=constructor type=__proto__', 'statut=constructor']])('GIVEN staff typing « %s » THEN the filter is refused by name', async (text, named) => {
    const { reply, text: shown } = await timed(as('staff', text));
    expect(reply.kind).toBe('error');
    expect(shown).toContain(named);
  });

  test('GIVEN formation=constructor in a form THEN the field is refused with the accepted values', async () => {
    const { reply, text } = await timed({ ...as('hr', ''), text: undefined, formSubmission: { formId: 'arret-maladie', values: sickValues({ formation: 'constructor' }) } });
    expect(reply.kind).toBe('error');
    expect(text).toMatch(/Formation : « constructor » n'est pas accepté/);
  });

  test('GIVEN « quel était le smic en 2023 ? » THEN it says from when the SMIC is known', async () => {
    const { reply, text } = await timed(as('student', 'quel était le smic en 2023 ?'));
    expect(reply.kind).toBe('error');
    expect(text).toContain('01/11/2024');
    expect(text).toContain('Décret');
  });

  test('GIVEN a free-text date before the first known SMIC THEN the same answer, not an exception', async () => {
    const { reply, text } = await timed(as('student', 'salaire apprenti M2 23 ans au 01/01/2010'));
    expect(['error', 'computation']).toContain(reply.kind);
    expect(text).not.toMatch(/PayInputError|at .+\.ts/);
  });

  test.each([
    ['40 000 dashes', '-'.repeat(40_000)],
    ['100 000 dashes', '-'.repeat(100_000)],
    ['random words', Array.from({ length: 20_000 }, (_, i) => `mot${(i * 7919) % 1000}x`).join(' ')],
    ['smc and spaces', `smc${' '.repeat(100_000)}`],
    ['dashes between letters', 'a-'.repeat(50_000)],
    ['dots and slashes', './'.repeat(50_000)],
    ['commence without end', 'commence '.repeat(11_000)],
  ])('GIVEN a message of %s THEN a reply well within the bound, saying only the beginning was read', async (_name, text) => {
    const { reply, ms } = await timed(as('student', text));
    expect(ms).toBeLessThan(HANG_BOUND_MS);
    expect(reply.notes.join(' ')).toContain('premiers caractères');
  });

  test('GIVEN 300 requests open for two years WHEN reminders run THEN one query, time linear in the requests', async () => {
    const { service: many, store } = service();
    for (let i = 0; i < 300; i += 1) {
      await many.submit({ formId: 'arret-maladie', values: sickValues({ alternant: `Personne ${i}`, debut: '02/11/2024', fin: '06/11/2024', etabli: '02/11/2024' }), actor: actors.hr, now: new Date('2024-11-03T10:00:00Z'), idempotencyKey: `k${i}` });
    }
    expect((await store.openRequests()).length).toBe(300);
    const started = performance.now();
    const due = await many.dueReminders(new Date('2026-11-24T10:00:00Z'));
    expect(performance.now() - started).toBeLessThan(HANG_BOUND_MS);
    expect(due.filter((d) => d.kind === 'after-3-days')).toHaveLength(300);
  });

  test.each([
    ['smc 99999999999', 'salaire apprenti M2 23 ans smc 99999999999', 'pas plausible'],
    ['smc=1e309', '/salaire-min M2 CAPP 23 smc=1e309', 'pas un montant'],
    ['an age of Infinity', '/salaire-min M2 CAPP Infinity', "ni un âge ni une date de naissance"],
    ['an age of 999', '/salaire-min M2 CAPP 999', 'entre 14 et 80'],
  ])('GIVEN %s THEN a French refusal naming what is accepted', async (_name, text, expected) => {
    const { reply, text: shown } = await timed(as('student', text));
    expect(reply.kind).toBe('error');
    expect(shown).toContain(expected);
    expect(shown).not.toMatch(/84 999|Infinity »/);
  });

  test('GIVEN a name with control characters and bidi overrides THEN it is stored without them', async () => {
    const { reply } = await timed({ ...as('hr', ''), text: undefined, formSubmission: { formId: 'arret-maladie', values: sickValues({ alternant: 'Jea\u202enne\u0007 \u001b[31mMartin\u200b', debut: '16/11/2026', fin: '17/11/2026', etabli: '16/11/2026' }) } });
    expect(reply.kind).toBe('notice');
    const stored = await requests.details(actors.responsable, reply.data.requestId as number, NOW);
    expect(stored.status === 'done' && stored.request.studentName).toBe('Jeanne [31mMartin');
  });

  test('GIVEN an unexpected failure inside the workflow THEN a French apology and a log line with context', async () => {
    const broken = createAssistant(realKnowledge(), {
      logger,
      requests: new Proxy(requests, { get: (target, key) => (key === 'list' ? () => Promise.reject(new Error('disk on fire')) : Reflect.get(target, key)) }),
    });
    const reply = await broken.handle(as('staff', '/demandes'));
    expect(reply.kind).toBe('error');
    expect(renderPlainText(reply)).toContain('Désolé');
    expect(renderPlainText(reply)).not.toContain('disk on fire');
    expect(logger.events.at(-1)).toMatchObject({ level: 'error', event: 'assistant.handle', context: { error: 'disk on fire', command: 'demandes' } });
  });
});

describe('property: any message, command or form gets a clean reply in time', () => {
  test('GIVEN generated hostile messages THEN handle() resolves with a reply, within the bound, with no broken value', async () => {
    const before = logger.events.filter((e) => e.level === 'error').length;
    await fc.assert(
      fc.asyncProperty(hostileMessage, async ({ message }) => {
        const { reply, ms, text } = await timed(message);
        expect(typeof reply.kind).toBe('string');
        expect(ms).toBeLessThan(HANG_BOUND_MS);
        expect(brokenValues(text, message)).toEqual([]);
        expect(reply.data.unexpected).toBeUndefined();
      }),
      { numRuns: 400, seed: 20261124 },
    );
    expect(logger.events.filter((e) => e.level === 'error').length).toBe(before);
  }, 120_000);
});

describe('ages typed in free text', () => {
  test('GIVEN « j’ai -5 ans » THEN « âge négatif », never -5 read as 5', async () => {
    const { reply, text } = await timed(as('student', "j'ai -5 ans en M2 apprenti, salaire ?"));
    expect(reply.kind).toBe('error');
    expect(text).toMatch(/[Ââ]ge négatif/);
  });

  test('GIVEN a range « 18-25 ans » THEN the upper bound is not read as negative', async () => {
    const { reply } = await timed(as('student', 'apprenti M2 18-25 ans salaire'));
    expect(reply.kind).toBe('computation');
  });
});

describe('dates in free text outside the years of contracts', () => {
  test('GIVEN a pay question dated 09/03/1911 THEN the accepted years are said, nothing is counted back to 1911', async () => {
    const { reply, text, ms } = await timed(as('student', 'smc 09/03/1911 é apprentissage arrêt'));
    expect(reply.kind).toBe('error');
    expect(text).toContain('2000 à 2100');
    expect(ms).toBeLessThan(HANG_BOUND_MS);
  });

  test('GIVEN a birth date in 1990 THEN it is still a birth date', async () => {
    const { reply } = await timed(as('student', 'apprenti en M2 né le 12/03/1990, salaire ?'));
    expect(reply.kind).not.toBe('error');
  });
});
