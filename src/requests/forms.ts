import { createHash } from 'node:crypto';
import { z } from 'zod';
import { addDaysTo, eventDateProblem, parseFormationName, parseUserDate, type IsoDate } from '../rules/index.ts';
import { checkDocument } from './document-check.ts';

/** A file handed over by a door: the door downloads it at once (platform links expire). */
export interface FileInput {
  filename: string;
  bytes: Buffer;
}

export type FieldValue = string | FileInput | undefined;

export type FieldType = 'text' | 'email' | 'date' | 'select' | 'file' | 'textarea';

/** One field as every door shows it: a modal input, a Discord text input, a terminal prompt. */
export interface FormField {
  name: string;
  label: string;
  help?: string;
  type: FieldType;
  required: boolean;
  options?: Array<{ value: string; label: string }>;
  /** Longest accepted text, for the doors' input limits. */
  maxLength?: number;
}

export interface FormDefinition {
  id: 'arret-maladie' | 'absence';
  title: string;
  intro: string;
  fields: FormField[];
}

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const DATE_HELP = 'jj/mm/aaaa, par exemple 02/11/2026';

const studentFields: FormField[] = [
  { name: 'alternant', label: "Nom de l'alternant(e)", type: 'text', required: true, maxLength: 120 },
  { name: 'email', label: "E-mail de l'alternant(e)", type: 'email', required: true, maxLength: 200 },
];

const formationField: FormField = {
  name: 'formation',
  label: 'Formation',
  type: 'select',
  required: true,
  options: [
    { value: 'l3i', label: 'L3I' },
    { value: 'm1', label: 'M1' },
    { value: 'm2', label: 'M2' },
  ],
};
const siteField: FormField = {
  name: 'site',
  label: 'Site',
  help: 'Obligatoire en M1 (Aix ou Marseille) ; L3I : Aix, M2 : Marseille.',
  type: 'select',
  required: false,
  options: [
    { value: 'aix', label: 'Aix-en-Provence (Forbin)' },
    { value: 'marseille', label: 'Marseille (îlot du Bois)' },
  ],
};

/** `/arret-maladie`: a sick-leave justification sent by the company (guide §4.3.1). */
export const SICK_LEAVE_FORM: FormDefinition = {
  id: 'arret-maladie',
  title: 'Arrêt de travail d’un(e) alternant(e)',
  intro: "Transmis par l'organisme d'accueil (RH ou tuteur) dans les 10 jours ouvrables après l'établissement de l'arrêt (guide §4.3.1). Il est transmis au responsable de l'alternance et au secrétariat pédagogique de l'alternant(e), et à personne d'autre.",
  fields: [
    ...studentFields,
    formationField,
    siteField,
    { name: 'debut', label: "Premier jour de l'arrêt", help: DATE_HELP, type: 'date', required: true },
    { name: 'fin', label: "Dernier jour de l'arrêt", help: DATE_HELP, type: 'date', required: true },
    { name: 'etabli', label: "Date d'établissement de l'arrêt", help: DATE_HELP, type: 'date', required: true },
    {
      name: 'nature',
      label: 'Arrêt initial ou prolongation',
      type: 'select',
      required: true,
      options: [
        { value: 'initial', label: 'Initial' },
        { value: 'prolongation', label: 'Prolongation' },
      ],
    },
    { name: 'document', label: "L'arrêt de travail visé par l'entreprise", help: 'PDF, JPEG ou PNG, 10 Mo au plus', type: 'file', required: true },
    { name: 'note', label: 'Remarque (facultatif)', type: 'textarea', required: false, maxLength: 1000 },
  ],
};

/** `/absence`: an absence from training, for professional (§4.3.2) or other reasons (§4.3.3). */
export const ABSENCE_FORM: FormDefinition = {
  id: 'absence',
  title: "Demande d'absence en formation",
  intro: "Raisons professionnelles : demandée par le tuteur professionnel au moins 10 jours ouvrables avant le premier jour, décidée par la Direction (§4.3.2). Autre raison : décidée par le responsable de l'alternance (§4.3.3).",
  fields: [
    {
      name: 'motif_type',
      label: "Type d'absence",
      type: 'select',
      required: true,
      options: [
        { value: 'professionnelle', label: 'Raisons professionnelles' },
        { value: 'autre', label: 'Autre raison' },
      ],
    },
    ...studentFields,
    formationField,
    siteField,
    { name: 'debut', label: 'Premier jour', help: DATE_HELP, type: 'date', required: true },
    { name: 'fin', label: 'Dernier jour', help: `${DATE_HELP} ; le même jour pour une seule journée`, type: 'date', required: true },
    {
      name: 'demi_journee',
      label: 'Demi-journée (facultatif, pour une seule journée)',
      type: 'select',
      required: false,
      options: [
        { value: 'matin', label: 'Matin seulement' },
        { value: 'apres-midi', label: 'Après-midi seulement' },
      ],
    },
    { name: 'motif', label: 'Motif', type: 'textarea', required: true, maxLength: 1000 },
    { name: 'tuteur_email', label: 'E-mail du tuteur professionnel', help: 'pour l’informer de la décision', type: 'email', required: false, maxLength: 200 },
  ],
};

export const FORMS: Record<FormDefinition['id'], FormDefinition> = { 'arret-maladie': SICK_LEAVE_FORM, absence: ABSENCE_FORM };

// ---- Validation: one schema per form, the same for every door; messages name what is accepted.

/**
 * Control characters and invisible format characters (bidi overrides, zero-width joiners) removed
 * from stored text: a name must print as it reads, on a staff terminal as in a chat. Line breaks
 * and tabs become spaces.
 */
export function cleanUserText(value: string): string {
  return value.replace(/[\t\n\r\v\f]+/g, ' ').replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '');
}

const text = (label: string, max: number) =>
  z.string({ error: `${label} : champ obligatoire.` }).transform(cleanUserText).pipe(z.string().trim().min(2, `${label} : au moins 2 caractères.`).max(max, `${label} : ${max} caractères au plus.`));
const email = (label: string) => z.string({ error: `${label} : champ obligatoire.` }).trim().pipe(z.email(`${label} : adresse e-mail invalide (ex. prenom.nom@exemple.fr).`));
const date = (label: string) =>
  z.string({ error: `${label} : champ obligatoire (${DATE_HELP}).` }).transform((value, ctx): IsoDate => {
    const parsed = parseUserDate(value);
    if (parsed === null || parsed === 'invalid') {
      ctx.addIssue({ code: 'custom', message: `${label} : « ${cleanUserText(value).slice(0, 30)} » n'est pas une date valide (${DATE_HELP}).` });
      return z.NEVER;
    }
    const problem = eventDateProblem(parsed, `${label} :`);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return parsed;
  });
const choice = <T extends string>(label: string, aliases: Record<string, T>) =>
  z.string({ error: `${label} : champ obligatoire.` }).transform((value, ctx): T => {
    const key = value.trim().toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
    // Object.hasOwn: « constructor » or « __proto__ » typed in a field is not a known value.
    const found = Object.hasOwn(aliases, key) ? aliases[key] : undefined;
    if (!found) {
      ctx.addIssue({ code: 'custom', message: `${label} : « ${cleanUserText(value).slice(0, 30)} » n'est pas accepté (valeurs possibles : ${[...new Set(Object.values(aliases))].join(', ')}).` });
      return z.NEVER;
    }
    return found;
  });

/** The formation, named as in commands (« Master 2 », « licence 3 », « m2 »): rules/formation-names.ts. */
const formationSchema = z.string({ error: 'Formation : champ obligatoire.' }).transform((value, ctx): 'l3i' | 'm1' | 'm2' => {
  const id = parseFormationName(value);
  if (id === 'l3i' || id === 'm1' || id === 'm2') return id;
  const shownValue = cleanUserText(value).slice(0, 30);
  ctx.addIssue({
    code: 'custom',
    message:
      id === 'master'
        ? `Formation : « ${shownValue} » — précisez l'année, M1 ou M2 (Master 1, Master 2).`
        : `Formation : « ${shownValue} » n'est pas accepté (valeurs possibles : L3I, M1, M2 ; aussi Licence 3, Master 1, Master 2).`,
  });
  return z.NEVER;
});
const SITES = { aix: 'aix', forbin: 'aix', 'aix-en-provence': 'aix', marseille: 'marseille', mrs: 'marseille', 'ilot du bois': 'marseille' } as const;

const documentSchema = z.custom<FileInput>((v) => typeof v === 'object' && v !== null && Buffer.isBuffer((v as FileInput).bytes), { message: "Document : joignez l'arrêt de travail (PDF, JPEG ou PNG)." }).transform((file, ctx) => {
  if (file.bytes.length === 0) ctx.addIssue({ code: 'custom', message: 'Document : le fichier est vide.' });
  else if (file.bytes.length > MAX_DOCUMENT_BYTES) ctx.addIssue({ code: 'custom', message: `Document : ${(file.bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} Mo, c'est plus que les 10 Mo acceptés.` });
  // Only a document whose structure reads as a PDF or an image is accepted (see document-check.ts).
  const checked = file.bytes.length > 0 && file.bytes.length <= MAX_DOCUMENT_BYTES ? checkDocument(file.bytes) : undefined;
  if (checked && !checked.ok) ctx.addIssue({ code: 'custom', message: `Document : « ${file.filename.slice(0, 60)} » ${checked.problem}.` });
  return { filename: cleanUserText(file.filename).slice(0, 200), bytes: file.bytes, mime: checked?.ok ? checked.mime : 'application/pdf', sha256: createHash('sha256').update(file.bytes).digest('hex'), size: file.bytes.length };
});

const optionalText = (label: string, max: number) => z.string().transform(cleanUserText).pipe(z.string().trim().max(max, `${label} : ${max} caractères au plus.`)).optional().transform((v) => (v ? v : undefined));
const optionalEmail = (label: string) => z.string().trim().optional().transform((v) => (v ? v : undefined)).pipe(z.email(`${label} : adresse e-mail invalide.`).optional());

/** L3I is taught in Aix, M2 in Marseille; M1 has a group in each city (guide §2.4). */
function withSite<T extends { formation: 'l3i' | 'm1' | 'm2'; site?: 'aix' | 'marseille' }>(values: T, ctx: z.RefinementCtx): T & { site: 'aix' | 'marseille' } {
  const site = values.site ?? (values.formation === 'l3i' ? 'aix' : values.formation === 'm2' ? 'marseille' : undefined);
  if (!site) {
    ctx.addIssue({ code: 'custom', path: ['site'], message: 'Site : obligatoire en M1 (aix ou marseille).' });
    return z.NEVER;
  }
  return { ...values, site };
}

function datesInOrder(values: { debut: IsoDate; fin: IsoDate }, ctx: z.RefinementCtx): void {
  if (values.fin < values.debut) ctx.addIssue({ code: 'custom', path: ['fin'], message: 'Dernier jour : il doit être le même jour que le premier ou après.' });
}

// Who the request is about: the same four fields in both forms.
const studentShape = {
  alternant: text("Nom de l'alternant(e)", 120),
  email: email("E-mail de l'alternant(e)"),
  formation: formationSchema,
  site: choice('Site', SITES).optional(),
};

const SickLeaveFields = z.object({
  ...studentShape,
  debut: date("Premier jour de l'arrêt"),
  fin: date("Dernier jour de l'arrêt"),
  etabli: date("Date d'établissement de l'arrêt"),
  nature: choice('Nature', { initial: 'initial', initiale: 'initial', prolongation: 'prolongation', extension: 'prolongation' } as const),
  document: documentSchema,
  note: optionalText('Remarque', 1000),
});

export const SickLeaveSchema = SickLeaveFields.superRefine((v, ctx) => {
  datesInOrder(v, ctx);
  if (v.etabli > v.fin) ctx.addIssue({ code: 'custom', path: ['etabli'], message: "Date d'établissement : elle ne peut pas être après le dernier jour de l'arrêt." });
}).transform(withSite);

const AbsenceFields = z.object({
  motif_type: choice("Type d'absence", { professionnelle: 'professionnelle', pro: 'professionnelle', professionnel: 'professionnelle', autre: 'autre', other: 'autre' } as const),
  ...studentShape,
  debut: date('Premier jour'),
  fin: date('Dernier jour'),
  demi_journee: choice('Demi-journée', { matin: 'matin', 'apres-midi': 'apres-midi', apresmidi: 'apres-midi', 'apres midi': 'apres-midi' } as const).optional(),
  motif: text('Motif', 1000),
  tuteur_email: optionalEmail('E-mail du tuteur professionnel'),
});

export const AbsenceSchema = AbsenceFields.superRefine((v, ctx) => {
  datesInOrder(v, ctx);
  if (v.demi_journee && v.fin !== v.debut) ctx.addIssue({ code: 'custom', path: ['demi_journee'], message: 'Demi-journée : seulement pour une absence d’un seul jour (premier jour = dernier jour).' });
}).transform(withSite);

export type SickLeaveValues = z.output<typeof SickLeaveSchema>;
export type AbsenceValues = z.output<typeof AbsenceSchema>;

export interface FieldError {
  field: string;
  message: string;
}

const SCHEMAS = { 'arret-maladie': SickLeaveSchema, absence: AbsenceSchema } as const;

/** Validates a whole form; every field's problem at once, named. Empty strings count as missing. */
export function validateForm<F extends FormDefinition['id']>(
  formId: F,
  values: Record<string, FieldValue>,
): { ok: true; values: F extends 'arret-maladie' ? SickLeaveValues : AbsenceValues } | { ok: false; errors: FieldError[] } {
  const cleaned = Object.fromEntries(Object.entries(values).filter(([, v]) => !(typeof v === 'string' && v.trim() === '')));
  const parsed = SCHEMAS[formId].safeParse(cleaned);
  if (parsed.success) return { ok: true, values: parsed.data as never };
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'formulaire');
    if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
  }
  return { ok: false, errors };
}

/** Checks one field on its own (the terminal asks field by field and re-asks at once). */
export function validateField(formId: FormDefinition['id'], field: string, value: FieldValue): string | null {
  const definition = FORMS[formId].fields.find((f) => f.name === field);
  if (!definition) return `Champ inconnu : ${field}.`;
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return definition.required ? `${definition.label} : champ obligatoire.` : null;
  const shape: Record<string, z.ZodType> = formId === 'arret-maladie' ? SickLeaveFields.shape : AbsenceFields.shape;
  const result = shape[field]?.safeParse(value);
  return result && !result.success ? (result.error.issues[0]?.message ?? `${definition.label} : valeur invalide.`) : null;
}

/** The typed value of each field already accepted (fields that do not parse are left out). */
function typedValues(formId: FormDefinition['id'], values: Record<string, FieldValue>): Record<string, unknown> {
  const shape: Record<string, z.ZodType> = formId === 'arret-maladie' ? SickLeaveFields.shape : AbsenceFields.shape;
  const typed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    const result = Object.hasOwn(shape, name) ? shape[name]!.safeParse(value) : undefined;
    if (result?.success) typed[name] = result.data;
  }
  return typed;
}

/**
 * Checks one field as it is typed, with the fields known so far: the field's own schema, then the
 * form's cross-field rules as soon as both of their fields are known (the last day before the
 * first, the date of issue after the last day, no site for an M1, a half day over several days,
 * a professional absence asked by a student). The problem is reported on this field, so that the
 * door asks this field again and keeps the others.
 */
export function validateFieldInContext(formId: FormDefinition['id'], field: string, value: FieldValue, known: Record<string, FieldValue>, role?: string): string | null {
  const own = validateField(formId, field, value);
  if (own) return own;
  const v = typedValues(formId, { ...known, [field]: value });
  const str = (name: string) => (typeof v[name] === 'string' ? (v[name] as string) : undefined);
  const debut = str('debut');
  const fin = str('fin');
  if ((field === 'fin' || field === 'debut') && debut && fin && fin < debut) return field === 'fin' ? 'Dernier jour : il doit être le même jour que le premier ou après.' : 'Premier jour : il doit être le même jour que le dernier ou avant.';
  if (field === 'etabli' && str('etabli') && fin && str('etabli')! > fin) return "Date d'établissement : elle ne peut pas être après le dernier jour de l'arrêt.";
  if (field === 'site' && str('formation') === 'm1' && !str('site')) return 'Site : obligatoire en M1 (aix ou marseille).';
  if (field === 'demi_journee' && str('demi_journee') && debut && fin && debut !== fin) return 'Demi-journée : seulement pour une absence d’un seul jour (premier jour = dernier jour).';
  if (field === 'motif_type' && str('motif_type') === 'professionnelle' && role === 'student') {
    return 'Type d’absence : une absence pour raisons professionnelles est demandée par votre tuteur professionnel (guide §4.3.2) ; choisissez « autre » pour une autre raison.';
  }
  return null;
}

/** Longest plausible absence or sick leave before asking « are you sure? » (3 months). */
export const PLAUSIBLE_DAYS = 92;

/**
 * What deserves a confirmation before saving, though valid: a period longer than 3 months, or a
 * first day more than a year before today. Empty when nothing is surprising.
 */
export function implausibilities(values: Record<string, FieldValue>, today: IsoDate): string[] {
  const dateOf = (v: FieldValue): IsoDate | undefined => {
    const parsed = typeof v === 'string' ? parseUserDate(v) : null;
    return parsed === null || parsed === 'invalid' ? undefined : parsed;
  };
  const debut = dateOf(values.debut);
  const fin = dateOf(values.fin);
  const found: string[] = [];
  if (debut && fin && fin > addDaysTo(debut, PLAUSIBLE_DAYS)) found.push('la période dépasse 3 mois');
  if (debut && debut < addDaysTo(today, -365)) found.push('le premier jour est il y a plus d’un an');
  return found;
}
