import { deadline } from '../../src/knowledge/index.ts';
import { RequestService, type Actor, type FileInput } from '../../src/requests/index.ts';
import { noonInParis, isoDate } from '../../src/rules/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { minimalPdf } from './documents.ts';
import { realKnowledge } from './knowledge.ts';

export const PDF: FileInput = { filename: 'arret.pdf', bytes: minimalPdf() };

export const actors = {
  student: { id: 'u:student', role: 'student', staffFunctions: [] },
  hr: { id: 'u:hr', role: 'hr', staffFunctions: [] },
  otherHr: { id: 'u:hr2', role: 'hr', staffFunctions: [] },
  tutor: { id: 'u:tutor', role: 'tutor', staffFunctions: [] },
  responsable: { id: 'u:resp', role: 'staff', staffFunctions: ['responsable-alternance'] },
  secAix: { id: 'u:aix', role: 'staff', staffFunctions: ['secretariat-aix'] },
  secMarseille: { id: 'u:mrs', role: 'staff', staffFunctions: ['secretariat-marseille'] },
  direction: { id: 'u:dir', role: 'staff', staffFunctions: ['direction'] },
  system: { id: 'system', role: 'staff', staffFunctions: [] },
} satisfies Record<string, Actor>;

export function requestRules() {
  const k = realKnowledge();
  return { sickLeave: deadline(k, 'delai-arret-entreprise'), professionalAbsence: deadline(k, 'delai-absence-professionnelle'), retentionMonths: 12 };
}

export function service(file = ':memory:') {
  const store = new SqliteStore(file);
  return { store, service: new RequestService(store, requestRules()) };
}

export const at = (date: string) => noonInParis(isoDate(date));

export const sickValues = (overrides: Record<string, string | FileInput | undefined> = {}) => ({
  alternant: 'Jeanne Martin',
  email: 'jeanne.martin@etu.univ-amu.fr',
  formation: 'M2',
  debut: '02/11/2026',
  fin: '06/11/2026',
  etabli: '02/11/2026',
  nature: 'initial',
  document: PDF,
  ...overrides,
});

export const absenceValues = (overrides: Record<string, string | undefined> = {}) => ({
  motif_type: 'professionnelle',
  alternant: 'Paul Durand',
  email: 'paul.durand@etu.univ-amu.fr',
  formation: 'M1',
  site: 'marseille',
  debut: '07/12/2026',
  fin: '07/12/2026',
  motif: 'Salon professionnel avec le client',
  tuteur_email: 'tuteur@entreprise.fr',
  ...overrides,
});
