/**
 * Generated hostile messages for the property test (test/core/robustness.property.test.ts) and the
 * fuzz run (`npm run fuzz`): free text, commands with arguments and form values, including huge
 * strings, every date shape, prototype names, control and bidi characters, platform markup.
 * One definition, so that the suite and the long run probe the same space.
 */
import fc from 'fast-check';
import type { IncomingMessage } from '../src/core/index.ts';
import type { FieldValue, StaffFunction } from '../src/requests/index.ts';

/** Words that once broke lookups or arithmetic, and words the assistant reacts to. */
const TRICKY_WORDS = [
  'constructor', '__proto__', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'NaN', 'Infinity', '-Infinity',
  'undefined', 'null', 'true', 'smc', 'smic', 'salaire', 'combien', 'apprenti', 'apprentissage', 'cpro', 'capp', 'stage', 'M1', 'M2', 'L3I',
  'master', 'ans', 'né le', 'arrêt', 'maladie', 'absence', 'contrat', 'dates', 'qui', 'contacter', 'directeur', 'rythme', 'et', 'en',
  '<!channel>', '<!here>', '@everyone', '@here', '<@U123>', '<@&42>', '[Valider](https://evil.example)', '<https://evil.example|Valider>',
  '\u202e', '\u2066', '\u200b', '\u0000', '\u0007', '\u001b[31m', '\r\n', '😀', 'é', 'ﬁ', '%s', '${x}', '\\', '"', "'",
];

const DATE_SHAPES: Array<fc.Arbitrary<string>> = [
  fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: -2, max: 14 }), fc.integer({ min: 0, max: 99999 })).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom('janvier', 'fevrier', 'mars', 'aout', 'decembre', 'may', 'constructor'), fc.integer({ min: 1000, max: 9999 })).map(([d, m, y]) => `${d} ${m} ${y}`),
  fc.constantFrom('01/01/1900', '09/03/1911', '10/03/1911', '31/12/1899', '29/02/2100', '29/02/2000', '31/02/2026', '00/00/0000', '99/99/9999', '2026-02-30', '1e3/1/2026'),
];

const NUMBERS = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.constantFrom('99999999999', '1e309', '0', '-0', '23', '1 000 000', '2 100,50', '0x1f', '١٢', '²³', '9'.repeat(400)),
  fc.double().map(String),
);

/** A word a user could type, or a piece of hostile markup. */
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_WORDS) },
  { weight: 2, arbitrary: NUMBERS },
  { weight: 2, arbitrary: fc.oneof(...DATE_SHAPES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
);

const sentence = fc.array(token, { maxLength: 40 }).map((parts) => parts.join(' '));

/** Long runs of one shape: the inputs that exposed quadratic patterns. */
const huge = fc.tuple(fc.constantFrom('-', '.', '/', ' ', 'a', 'smc ', 'mot ', '1', '-a', 'é', '\n', 'commence ', '01/01/2026 ', 'constructor '), fc.integer({ min: 1000, max: 100_000 })).map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

export const freeText: fc.Arbitrary<string> = fc.oneof({ weight: 6, arbitrary: sentence }, { weight: 1, arbitrary: huge }, { weight: 2, arbitrary: fc.string({ maxLength: 300, unit: 'grapheme' }) });

const COMMANDS = ['contrat-dates', 'salaire-min', 'contact', 'demandes', 'aide', 'arret-maladie', 'absence', 'constructor', '__proto__', 'inconnue'];
const FORMATIONS = ['M2', 'M1', 'L3I', 'master', 'L3', 'constructor', '__proto__', 'x', ''];
const CONTRACTS = ['CAPP', 'CPRO', 'stage', 'apprentissage', 'pro', 'toString', ''];

const commandArgs = fc.oneof(
  fc.tuple(fc.constantFrom(...FORMATIONS), fc.constantFrom(...CONTRACTS), fc.array(fc.oneof(NUMBERS, fc.oneof(...DATE_SHAPES), fc.constantFrom('smc=', 'date=', 'smc=1e309', 'smc=2100', 'date=01/01/1900', 'smc=NaN')), { maxLength: 4 })).map(([f, c, rest]) => [f, c, ...rest].join(' ')),
  fc.array(fc.oneof(token, fc.tuple(fc.constantFrom('statut', 'type', 'formation', 'retard', 'du', 'au', 'raison', '__proto__', 'constructor'), token).map(([k, v]) => `${k}=${v}`)), { maxLength: 8 }).map((parts) => parts.join(' ')),
  huge,
);

export const commandText: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...COMMANDS), commandArgs).map(([name, args]) => `/${name} ${args}`);

const fieldValue: fc.Arbitrary<FieldValue> = fc.oneof(
  { weight: 5, arbitrary: fc.oneof(token, fc.oneof(...DATE_SHAPES), sentence) },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 40 }), fc.uint8Array({ maxLength: 64 }), fc.constantFrom('%PDF-1.4\n', '\x89PNG\r\n\x1a\n', '\xff\xd8\xff', '')).map(([filename, bytes, header]) => ({ filename, bytes: Buffer.concat([Buffer.from(header, 'latin1'), Buffer.from(bytes)]) })) },
);

const FIELD_NAMES = ['alternant', 'email', 'formation', 'site', 'debut', 'fin', 'etabli', 'nature', 'note', 'document', 'motif_type', 'motif', 'demi_journee', 'tuteur_email', '__proto__', 'constructor', 'toString'];

export const formValues: fc.Arbitrary<Record<string, FieldValue>> = fc
  .array(fc.tuple(fc.constantFrom(...FIELD_NAMES), fieldValue), { maxLength: 14 })
  .map((pairs) => {
    const values = Object.create(null) as Record<string, FieldValue>;
    for (const [k, v] of pairs) values[k] = v;
    return values;
  });

export type HostileClass = 'texte' | 'commande' | 'formulaire';

const ROLES = ['student', 'hr', 'tutor', 'staff'] as const;

/** One generated message with its class; `now` is fixed so that a failure replays. */
export const hostileMessage: fc.Arbitrary<{ kind: HostileClass; message: IncomingMessage }> = fc
  .tuple(fc.oneof(freeText.map((t) => ['texte', t] as const), commandText.map((t) => ['commande', t] as const), fc.tuple(fc.constantFrom('arret-maladie', 'absence') as fc.Arbitrary<'arret-maladie' | 'absence'>, formValues).map((f) => ['formulaire', f] as const)), fc.constantFrom(...ROLES))
  .map(([[kind, payload], role]) => {
    const staffFunctions: StaffFunction[] = role === 'staff' ? ['responsable-alternance', 'secretariat-aix', 'secretariat-marseille', 'direction'] : [];
    const user = { id: `fuzz:${role}`, role, staffFunctions };
    const base = { user, channel: { kind: 'terminal' as const }, now: new Date('2026-11-24T11:00:00Z') };
    if (kind === 'formulaire') {
      const [formId, values] = payload as readonly ['arret-maladie' | 'absence', Record<string, FieldValue>];
      return { kind, message: { ...base, formSubmission: { formId, values } } };
    }
    return { kind, message: { ...base, text: payload as string } };
  });

/** Words no reply may show unless the user typed them: the marks of a broken value. */
const BROKEN = /\b(NaN|undefined|Infinity|null)\b|Invalid Date|\[object Object\]/g;

/** The broken values a reply shows that its message did not contain. */
export function brokenValues(replyText: string, message: IncomingMessage): string[] {
  const typed = [message.text ?? '', ...Object.values(message.formSubmission?.values ?? {}).map((v) => (v === undefined ? '' : typeof v === 'string' ? v : v.filename))].join(' ');
  return [...new Set(replyText.match(BROKEN) ?? [])].filter((word) => !typed.includes(word));
}

/** The inputs of the original probe (issue 9), by name: timed one by one by `npm run fuzz`. */
export const PROBE_CASES: Array<{ name: string; role: 'student' | 'hr' | 'staff'; text: string }> = [
  { name: 'arrêt établi le 01/01/1900', role: 'hr', text: '/arret-maladie alternant="Jeanne Martin" email=j.m@etu.univ-amu.fr formation=M2 debut=01/01/1900 fin=02/01/1900 etabli=01/01/1900 nature=initial' },
  { name: 'qui est le constructor ?', role: 'student', text: 'qui est le constructor ?' },
  { name: '/demandes statut=__proto__', role: 'staff', text: '/demandes statut=__proto__' },
  { name: '/demandes type=constructor', role: 'staff', text: '/demandes type=constructor' },
  { name: 'formation=constructor', role: 'hr', text: '/arret-maladie alternant="Jeanne Martin" email=j.m@etu.univ-amu.fr formation=constructor debut=16/11/2026 fin=17/11/2026 etabli=16/11/2026 nature=initial' },
  { name: 'quel était le smic en 2023 ?', role: 'student', text: 'quel était le smic en 2023 ?' },
  { name: '40 000 tirets', role: 'student', text: '-'.repeat(40_000) },
  { name: '100 000 tirets', role: 'student', text: '-'.repeat(100_000) },
  { name: '100 000 caractères de mots', role: 'student', text: Array.from({ length: 12_000 }, (_, i) => `mot${(i * 7919) % 5000}z`).join(' ').slice(0, 100_000) },
  { name: 'smc suivi de 100 000 espaces', role: 'student', text: `smc${' '.repeat(100_000)}` },
  { name: 'smc 99999999999', role: 'student', text: 'salaire apprenti M2 23 ans smc 99999999999' },
  { name: 'âge Infinity', role: 'student', text: '/salaire-min M2 CAPP Infinity' },
  { name: '/demandes rappels', role: 'staff', text: '/demandes rappels' },
];
