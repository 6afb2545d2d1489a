import {
  concernedFunctions,
  deciderOf,
  functionLabel,
  peopleText,
  submissionKey,
  typeLabel,
  type Actor,
  type FormDefinition,
  type RequestFilter,
  type RequestService,
  type RequestStatus,
  type RequestType,
  type StoredRequest,
} from '../requests/index.ts';
import { formatFileSize, formatFrenchDate, parisDateOf, parseUserDate, type IsoDate } from '../rules/index.ts';
import { fold } from './normalize.ts';
import { reply, type IncomingMessage, type Reply } from './reply.ts';

/** `key=value` and `key="value with spaces"` pairs, as typed after a form command. */
export function parseInlineValues(args: string): { values: Record<string, string>; rest: string[] } {
  // Null prototype: a key typed by a user (« __proto__ », « constructor ») is only ever a key.
  const values: Record<string, string> = Object.create(null) as Record<string, string>;
  const rest: string[] = [];
  const re = /([\p{L}_][\p{L}\p{N}_-]*)=(?:"([^"]*)"|'([^']*)'|(\S*))|(\S+)/gu;
  for (const m of args.matchAll(re)) {
    if (m[1]) values[fold(m[1]).replace(/-/g, '_')] = m[2] ?? m[3] ?? m[4] ?? '';
    else if (m[5]) rest.push(m[5]);
  }
  return { values, rest };
}

export function actorOf(message: IncomingMessage): Actor {
  const role = message.user.role;
  return { id: message.user.id, role: role === 'staff' ? 'staff' : role, staffFunctions: message.user.staffFunctions ?? [], name: message.user.name };
}

const STATUS_LABEL: Record<RequestStatus, string> = {
  received: 'reçu, réception à accuser',
  acknowledged: 'réception accusée',
  pending: 'en attente de décision',
  approved: 'acceptée',
  rejected: 'refusée',
};


/** `/arret-maladie` or `/absence` without values: the form to fill (the door renders it). */
export function formReply(form: FormDefinition, actor: Actor, service: RequestService | undefined): Reply {
  if (!service) return unavailable();
  if (form.id === 'arret-maladie' && actor.role === 'student') {
    return reply('error', 'Seule l’entreprise transmet un arrêt de travail', {
      blocks: [
        "Seul le service RH de votre organisme d'accueil peut transmettre un arrêt de travail (guide §4.3.1) : un arrêt envoyé par l'alternant(e) est ignoré.",
        "Donnez votre arrêt à votre entreprise dans les 48 h ouvrées après son établissement ; c'est elle qui le transmet, visé, au responsable de l'alternance et à votre secrétariat. Rien n'a été enregistré.",
      ],
      visibility: 'private',
      data: { refused: true },
    });
  }
  return reply('form', form.title, {
    blocks: [form.intro],
    visibility: 'private',
    data: { form },
  });
}

/** A filled form: stored (and acknowledged only once committed), refused, or sent back with its field errors. */
export async function submitForm(
  service: RequestService | undefined,
  message: IncomingMessage,
  submission: NonNullable<IncomingMessage['formSubmission']>,
  /** Citations of the guide's sections for each request type (from the knowledge base). */
  sourcesFor: (type: RequestType) => string[] = () => [],
): Promise<Reply> {
  if (!service) return unavailable();
  const actor = actorOf(message);
  const idempotencyKey = submission.idempotencyKey ?? submissionKey(message.channel.kind, actor.id, submission.formId, submission.values);
  const outcome = await service.submit({ formId: submission.formId, values: submission.values, actor, now: message.now, idempotencyKey });
  if (outcome.status === 'refused') return reply('error', 'Demande non enregistrée', { blocks: [outcome.reason], visibility: 'private', data: { refused: true } });
  if (outcome.status === 'conflict') return reply('error', 'Correction non enregistrée : ce formulaire a déjà été envoyé avec un autre contenu', { blocks: [outcome.reason], visibility: 'private', data: { conflict: true, requestId: outcome.request.id } });
  if (outcome.status === 'invalid') {
    return reply('error', 'Formulaire à corriger', {
      blocks: ['Rien n’a été enregistré. À corriger :', outcome.errors.map((e) => `- ${e.message}`).join('\n')],
      visibility: 'private',
      data: { formId: submission.formId, errors: outcome.errors },
    });
  }
  const r = outcome.request;
  const blocks: string[] = [];
  if (r.type === 'sick-leave') {
    blocks.push(`Arrêt de travail enregistré sous le n°${r.id}, visible par : ${concernedFunctions(r).map(functionLabel).join(', ')}, qui en accuseront réception.`);
    if (outcome.created) blocks.push(peopleText(outcome));
    blocks.push(
      r.late
        ? `⚠ Transmis en retard : la date limite était le ${formatFrenchDate(r.deadline!)} (10 jours ouvrables après l'établissement, guide §4.3.1). L'arrêt est enregistré, mais l'absence risque d'être notée définitivement comme injustifiée au niveau de la formation, avec les sanctions possibles (§4.3.4).`
        : `Dans les délais (date limite : ${formatFrenchDate(r.deadline!)}, 10 jours ouvrables après l'établissement, guide §4.3.1).`,
    );
  } else {
    const decider = deciderOf(r.type)!;
    blocks.push(`${typeLabel(r.type)} enregistrée sous le n°${r.id}, visible par : ${functionLabel(decider)}, qui décidera.`);
    if (outcome.created) blocks.push(peopleText(outcome));
    if (r.type === 'absence-professional') {
      blocks.push(
        r.late
          ? `⚠ Demande tardive : elle devait être faite au plus tard le ${formatFrenchDate(r.deadline!)} (10 jours ouvrables avant le premier jour, guide §4.3.2). Elle est enregistrée et signalée comme tardive à la Direction, qui décide.`
          : `Dans les délais (date limite : ${formatFrenchDate(r.deadline!)}, 10 jours ouvrables avant le premier jour, guide §4.3.2).`,
      );
    }
  }
  if (!outcome.created) blocks.unshift('Cette demande avait déjà été reçue : elle n’a pas été enregistrée une seconde fois.');
  return reply('notice', r.late ? `Demande n°${r.id} enregistrée, en retard` : `Demande n°${r.id} enregistrée`, {
    blocks,
    fields: requestFields(r),
    sources: sourcesFor(r.type),
    visibility: 'private',
    data: { requestId: r.id, status: r.status, deadline: r.deadline, late: r.late, type: r.type, duplicate: !outcome.created },
  });
}

function requestFields(r: StoredRequest): Reply['fields'] {
  const fields = [
    { label: 'Type', value: typeLabel(r.type) },
    { label: 'Alternant(e)', value: r.studentName ? `${r.studentName} (${r.formation.toUpperCase()}, ${r.site === 'aix' ? 'Aix' : 'Marseille'})` : '(donnée supprimée)' },
    { label: 'Période', value: `du ${formatFrenchDate(r.firstDay)} au ${formatFrenchDate(r.lastDay)}${r.type !== 'sick-leave' && r.detail !== 'journee' ? ` (${r.detail})` : ''}` },
    { label: 'Statut', value: STATUS_LABEL[r.status] },
  ];
  if (r.establishedOn) fields.push({ label: 'Établi le', value: formatFrenchDate(r.establishedOn) });
  if (r.deadline) fields.push({ label: 'Date limite', value: `${formatFrenchDate(r.deadline)}${r.late ? ' — en retard' : ''}` });
  if (r.reason) fields.push({ label: 'Motif', value: r.reason });
  if (r.decisionReason) fields.push({ label: 'Raison de la décision', value: r.decisionReason });
  return fields;
}

// Maps: the filter words come from users.
const TYPE_FILTERS: ReadonlyMap<string, RequestType> = new Map(Object.entries({ arret: 'sick-leave', maladie: 'sick-leave', 'absence-pro': 'absence-professional', pro: 'absence-professional', professionnelle: 'absence-professional', 'absence-autre': 'absence-other', autre: 'absence-other' } as const));
const STATUS_FILTERS: ReadonlyMap<string, RequestStatus> = new Map(Object.entries({ 'en-attente': 'pending', attente: 'pending', recu: 'received', accuse: 'acknowledged', acceptee: 'approved', accepte: 'approved', refusee: 'rejected', refuse: 'rejected' } as const));

const DEMANDES_HELP = [
  'Utilisation :',
  '- /demandes — vos demandes (le personnel : celles qu’il traite, en attente d’abord), filtres type=arret|absence-pro|absence-autre formation=M2 statut=en-attente|recu|accuse|acceptee|refusee retard=oui|non',
  '- /demandes <n°> — le détail ; /demandes <n°> document — le document',
  '- /demandes <n°> approuver | refuser raison="…" | accuser — décider ou accuser réception',
  '- /demandes export du=jj/mm/aaaa au=jj/mm/aaaa — export CSV',
  '- /demandes rappels — envoyer les rappels dus ; /demandes purger — appliquer la durée de conservation ; /demandes notifications — vos messages',
  '- /demandes questions [du=… au=…] [export] — les questions auxquelles l’assistant n’a pas su répondre (personnel)',
].join('\n');

/** `/demandes …`: lists, details, decisions, export, reminders, purge. Everything private to the asker. */
export async function demandesCommand(service: RequestService | undefined, message: IncomingMessage, args: string): Promise<Reply> {
  if (!service) return unavailable();
  const actor = actorOf(message);
  const { values, rest } = parseInlineValues(args);
  const [first = '', second = ''] = rest.map((w) => fold(w));
  const now = message.now;
  const privately = (r: Reply): Reply => ({ ...r, visibility: 'private' });

  if (/^\d+$/.test(first)) {
    if (first.length > 9) return privately(reply('error', 'Numéro de demande à corriger', { blocks: [`« ${first.slice(0, 20)}${first.length > 20 ? '…' : ''} » n'est pas un numéro de demande : les numéros sont ceux donnés à l'enregistrement (ex. /demandes 12). Tapez /demandes pour voir les vôtres.`] }));
    const id = Number(first);
    if (!second) {
      const d = await service.details(actor, id, now);
      if (d.status !== 'done') return privately(reply('error', `Demande n°${id}`, { blocks: [d.message] }));
      const r = d.request;
      const acks = d.acknowledgements ?? [];
      const blocks: string[] = [];
      if (r.type === 'sick-leave') {
        const waiting = concernedFunctions(r).filter((f) => !acks.some((a) => a.staffFunction === f));
        blocks.push(acks.length ? `Réception accusée par : ${acks.map((a) => `${functionLabel(a.staffFunction)} (${formatFrenchDate(parisDateOf(new Date(a.at)))})`).join(', ')}.` : 'Réception pas encore accusée.');
        if (waiting.length) blocks.push(`En attente de : ${waiting.map(functionLabel).join(', ')}.`);
      }
      if (r.note) blocks.push(`Remarque : ${r.note}`);
      if (r.hasDocument) blocks.push(`Document joint : /demandes ${id} document`);
      const actions = actionsFor(actor, r);
      return privately(reply('answer', `${typeLabel(r.type)} n°${id}`, { fields: requestFields(r), blocks, actions, data: { requestId: id, status: r.status, deadline: r.deadline, late: r.late, type: r.type } }));
    }
    if (second === 'document') {
      const d = await service.document(actor, id, now);
      if (d.status !== 'done') return privately(reply('error', `Document de la demande n°${id}`, { blocks: [d.message] }));
      const doc = d.document;
      return privately(
        reply('answer', `Document de la demande n°${id}`, {
          fields: [
            { label: 'Fichier', value: doc.filename },
            { label: 'Type', value: doc.mime },
            { label: 'Taille', value: formatFileSize(doc.size) },
            { label: 'SHA-256', value: doc.sha256 },
          ],
          attachment: { filename: doc.filename, mime: doc.mime, bytes: doc.bytes! },
          data: { requestId: id, sha256: doc.sha256 },
        }),
      );
    }
    if (['approuver', 'accepter', 'refuser', 'rejeter'].includes(second)) {
      const decision = second === 'approuver' || second === 'accepter' ? 'approve' : 'reject';
      const outcome = await service.decide({ actor, id, decision, reason: values.raison ?? values.motif, now });
      if (outcome.status !== 'done') return privately(reply('error', `Décision sur la demande n°${id}`, { blocks: [outcome.message], data: { requestId: id, outcome: outcome.status } }));
      return privately(reply('notice', `Demande n°${id} ${outcome.request.status === 'approved' ? 'acceptée' : 'refusée'}`, { blocks: [outcome.message], fields: requestFields(outcome.request), data: { requestId: id, status: outcome.request.status } }));
    }
    if (['accuser', 'accuse', 'recu', 'ack'].includes(second)) {
      const outcome = await service.acknowledge({ actor, id, now });
      if (outcome.status !== 'done') return privately(reply('error', `Accusé de réception n°${id}`, { blocks: [outcome.message], data: { requestId: id, outcome: outcome.status } }));
      return privately(reply('notice', `Arrêt n°${id} : réception accusée`, { blocks: [outcome.message], fields: requestFields(outcome.request), data: { requestId: id, status: outcome.request.status } }));
    }
    return privately(reply('error', 'Action inconnue', { blocks: [`« ${second.slice(0, 30)} » : actions possibles après le numéro : document, approuver, refuser raison="…", accuser.`] }));
  }

  if (first === 'export') {
    const from = dateArg(values.du ?? values.from);
    const to = dateArg(values.au ?? values.to);
    if (!from || !to) return privately(reply('error', 'Période à préciser', { blocks: ['Indiquez la période : /demandes export du=01/11/2026 au=30/11/2026 (dates jj/mm/aaaa).'] }));
    const result = await service.exportCsv({ actor, from, to, now });
    if (result.status !== 'done') return privately(reply('error', 'Export refusé', { blocks: [result.message] }));
    const filename = `demandes-${from}-${to}.csv`;
    return privately(reply('notice', `Export : ${result.count} demande(s)`, { blocks: [`Demandes déposées du ${formatFrenchDate(from)} au ${formatFrenchDate(to)} que vous traitez.`], attachment: { filename, mime: 'text/csv', bytes: Buffer.from(result.csv, 'utf8') }, data: { count: result.count, filename } }));
  }
  if (first === 'questions') {
    const from = dateArg(values.du ?? values.from);
    const to = dateArg(values.au ?? values.to);
    const result = await service.unansweredQuestions({ actor, from, to, now });
    if (result.status !== 'done') return privately(reply('error', 'Questions sans réponse', { blocks: [result.message] }));
    const lines = result.questions.slice(0, 30).map((q) => `- ${formatFrenchDate(parisDateOf(new Date(q.at)))} · ${q.door} · ${q.kind === 'fallback' ? 'sans réponse' : 'précision demandée'} : « ${q.text.slice(0, 160)} »${q.candidates ? ` (pistes : ${q.candidates.slice(0, 120)})` : ''}`);
    const wantsFile = second === 'export';
    return privately(
      reply('answer', `Questions sans réponse (${result.questions.length})`, {
        blocks: [lines.join('\n') || 'Aucune sur la période.', result.questions.length > 30 ? 'Les 30 plus récentes : la liste complète est dans l’export (/demandes questions export).' : ''].filter(Boolean),
        attachment: wantsFile ? { filename: `questions-sans-reponse-${parisDateOf(now)}.csv`, mime: 'text/csv', bytes: Buffer.from(result.csv, 'utf8') } : undefined,
        data: { count: result.questions.length },
      }),
    );
  }
  if (first === 'rappels') {
    if (actor.staffFunctions.length === 0) return privately(reply('error', 'Rappels', { blocks: ['Réservé au personnel de la MIAGE.'] }));
    const sent = await service.sendReminders(now, actor);
    return privately(reply('notice', `${sent} rappel(s) envoyé(s)`, { data: { sent } }));
  }
  if (first === 'purger') {
    const result = await service.purge(actor, now);
    if (result.status !== 'done') return privately(reply('error', 'Purge refusée', { blocks: [result.message] }));
    return privately(reply('notice', `${result.count} demande(s) purgée(s)`, { blocks: ['Documents et données personnelles supprimés pour les demandes dont la durée de conservation est écoulée (fin de l’année universitaire + 12 mois) ; une trace anonymisée reste.'], data: { purged: result.count } }));
  }
  if (first === 'notifications') {
    const { mine, undeliverable } = await service.notificationsFor(actor);
    const state = (n: (typeof mine)[number]) => (n.status === 'sent' ? '' : n.status === 'undeliverable' ? ' (non délivrée)' : ' (en attente d’envoi)');
    const lines = mine.slice(-20).map((n) => `- ${formatFrenchDate(parisDateOf(new Date(n.createdAt)))} : ${n.message}${state(n)}`);
    const blocks = [lines.join('\n') || 'Aucune.'];
    if (undeliverable.length) {
      blocks.push(
        `Non délivrées (${undeliverable.length}) — à transmettre autrement :\n${undeliverable
          .slice(-20)
          .map((n) => `- n°${n.requestId ?? '-'} · ${n.recipient} · ${n.attempts} tentative(s) · ${n.lastError ?? 'erreur inconnue'}`)
          .join('\n')}`,
      );
    }
    return privately(reply('answer', `Vos notifications (${mine.length})`, { blocks, data: { count: mine.length, undeliverable: undeliverable.map((n) => ({ id: n.id, requestId: n.requestId, recipient: n.recipient, attempts: n.attempts, error: n.lastError })) } }));
  }
  if (first === 'aide') return privately(reply('answer', '/demandes', { blocks: [DEMANDES_HELP] }));
  if (first) return privately(reply('error', 'Argument à corriger', { blocks: [`« ${first.slice(0, 30)} » n'est pas compris.`, DEMANDES_HELP] }));

  const filter: RequestFilter = {};
  const problems: string[] = [];
  if (values.type) {
    filter.type = TYPE_FILTERS.get(fold(values.type));
    if (!filter.type) problems.push(`type=${values.type.slice(0, 20)} n'est pas reconnu (accepté : arret, absence-pro, absence-autre)`);
  }
  if (values.statut) {
    filter.status = STATUS_FILTERS.get(fold(values.statut));
    if (!filter.status) problems.push(`statut=${values.statut.slice(0, 20)} n'est pas reconnu (accepté : en-attente, recu, accuse, acceptee, refusee)`);
  }
  if (values.formation) filter.formation = fold(values.formation);
  if (values.retard) filter.late = ['oui', 'yes', '1'].includes(fold(values.retard));
  if (problems.length) return privately(reply('error', 'Filtre à corriger', { blocks: problems.map((p) => `- ${p}`) }));
  const list = await service.list(actor, filter, now);
  const lines = list.slice(0, 50).map((r) => `- n°${r.id} · ${typeLabel(r.type)} · ${r.studentName ?? '(supprimé)'} (${r.formation.toUpperCase()}) · du ${formatFrenchDate(r.firstDay)} au ${formatFrenchDate(r.lastDay)} · ${STATUS_LABEL[r.status]}${r.late ? ' · en retard' : ''}`);
  const title = actor.staffFunctions.length ? `Demandes à traiter et traitées (${list.length})` : `Vos demandes (${list.length})`;
  return privately(reply('answer', title, { blocks: [lines.join('\n') || 'Aucune demande.', list.length > 50 ? 'Les 50 premières seulement : filtrez (type=, formation=, statut=, retard=).' : ''].filter(Boolean), data: { count: list.length, requests: list.map((r) => ({ id: r.id, type: r.type, status: r.status, late: r.late })) } }));
}

function actionsFor(actor: Actor, r: StoredRequest): Reply['actions'] {
  const decider = deciderOf(r.type);
  if (decider && r.status === 'pending' && actor.staffFunctions.includes(decider)) {
    return [
      { id: `request:approve:${r.id}`, label: 'Approuver', value: `/demandes ${r.id} approuver` },
      { id: `request:reject:${r.id}`, label: 'Refuser', value: `/demandes ${r.id} refuser` },
    ];
  }
  if (r.type === 'sick-leave' && r.status === 'received' && concernedFunctions(r).some((f) => actor.staffFunctions.includes(f))) {
    return [{ id: `request:ack:${r.id}`, label: 'Accuser réception', value: `/demandes ${r.id} accuser` }];
  }
  return [];
}

function dateArg(value: string | undefined): IsoDate | undefined {
  if (!value) return undefined;
  const d = parseUserDate(value);
  return d && d !== 'invalid' ? d : undefined;
}

function unavailable(): Reply {
  return reply('error', 'Demandes indisponibles', { blocks: ["Le suivi des arrêts et des absences n'est pas activé sur cette instance (pas de stockage configuré)."], visibility: 'private' });
}

