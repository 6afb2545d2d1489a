import type { Actor, RequestType, StaffFunction, StoredRequest } from './model.ts';

/**
 * Who may do what (guide §4.3, and privacy: health data only to the submitter and the staff
 * functions concerned). Each check returns a French reason when the answer is no.
 */
export type Permission = { ok: true } | { ok: false; reason: string };

const yes: Permission = { ok: true };
const no = (reason: string): Permission => ({ ok: false, reason });

export function secretariatOf(site: 'aix' | 'marseille'): StaffFunction {
  return site === 'aix' ? 'secretariat-aix' : 'secretariat-marseille';
}

/** The staff functions a request concerns: who sees it, who acknowledges or decides. */
export function concernedFunctions(request: Pick<StoredRequest, 'type' | 'site'>): StaffFunction[] {
  switch (request.type) {
    case 'sick-leave':
      return ['responsable-alternance', secretariatOf(request.site)];
    case 'absence-professional':
      return ['direction'];
    case 'absence-other':
      return ['responsable-alternance'];
  }
}

/** Who decides an absence: the direction for professional reasons (§4.3.2), the responsable otherwise (§4.3.3). */
export function deciderOf(type: RequestType): StaffFunction | null {
  if (type === 'absence-professional') return 'direction';
  if (type === 'absence-other') return 'responsable-alternance';
  return null;
}

export function canSubmit(actor: Actor, type: RequestType): Permission {
  if (type === 'sick-leave' && actor.role === 'student') {
    return no(
      "Seul le service RH de votre organisme d'accueil peut transmettre un arrêt de travail (guide §4.3.1) : un arrêt envoyé par l'alternant(e) est ignoré. " +
        "Donnez votre arrêt à votre entreprise dans les 48 h ouvrées après son établissement ; c'est elle qui le transmet, visé, au responsable de l'alternance et à votre secrétariat. Rien n'a été enregistré.",
    );
  }
  if (type === 'absence-professional' && actor.role === 'student') {
    return no('Une absence pour raisons professionnelles est demandée par votre tuteur professionnel à la Direction de la MIAGE (guide §4.3.2), pas par l’alternant(e). Rien n’a été enregistré.');
  }
  return yes;
}

function isConcerned(actor: Actor, request: Pick<StoredRequest, 'type' | 'site'>): boolean {
  const concerned = concernedFunctions(request);
  return actor.staffFunctions.some((f) => concerned.includes(f));
}

export function canView(actor: Actor, request: StoredRequest): Permission {
  if (request.submitterId === actor.id || isConcerned(actor, request)) return yes;
  return no(`La demande n°${request.id} ne vous concerne pas : seuls la personne qui l'a déposée et le personnel qui la traite peuvent la voir.`);
}

export function canDecide(actor: Actor, request: StoredRequest): Permission {
  const decider = deciderOf(request.type);
  if (!decider) return no(`La demande n°${request.id} est un arrêt de travail : il n'y a pas de décision à prendre, seulement un accusé de réception.`);
  if (!actor.staffFunctions.includes(decider)) {
    return no(`Seule ${decider === 'direction' ? 'la Direction de la MIAGE' : "le responsable de l'alternance"} peut décider de la demande n°${request.id} (guide ${decider === 'direction' ? '§4.3.2' : '§4.3.3'}).`);
  }
  return yes;
}

/** The functions this actor can acknowledge a sick note for (those concerned that they hold). */
export function acknowledgingFunctions(actor: Actor, request: StoredRequest): StaffFunction[] {
  if (request.type !== 'sick-leave') return [];
  const concerned = concernedFunctions(request);
  return actor.staffFunctions.filter((f) => concerned.includes(f));
}

export function canExport(actor: Actor): Permission {
  return actor.staffFunctions.length > 0 ? yes : no("L'export est réservé au personnel de la MIAGE qui traite les demandes.");
}

export function canPurge(actor: Actor): Permission {
  return actor.staffFunctions.includes('responsable-alternance') || actor.staffFunctions.includes('direction')
    ? yes
    : no("La purge des données est réservée au responsable de l'alternance et à la Direction.");
}

/** The questions the assistant could not answer are for the staff who improve it. */
export function canReadQuestions(actor: Actor): Permission {
  return actor.staffFunctions.length > 0 ? yes : no('La liste des questions sans réponse est réservée au personnel de la MIAGE.');
}
