import { createHash, randomUUID } from 'node:crypto';
import {
  addMonthsTo,
  checkDeadline,
  formatFrenchDate,
  monthOf,
  parisDateOf,
  subtractWorkingDays,
  addWorkingDays,
  yearOf,
  isoDate,
  type DeadlineRule,
  type IsoDate,
} from '../rules/index.ts';
import { describeError, type Logger } from '../logging/index.ts';
import type { Store, UnansweredQuestion } from '../store/index.ts';
import { cleanUserText, validateForm, type AbsenceValues, type FieldError, type FieldValue, type FormDefinition, type SickLeaveValues } from './forms.ts';
import type { Actor, AuditEntry, NewRequest, Notification, OutboxNotification, RequestFilter, RequestType, StoredRequest } from './model.ts';
import { DoorState } from './door-state.ts';
import { NotificationOutbox, type OutboxPolicy } from './outbox.ts';
import { acknowledgingFunctions, canDecide, canExport, canPurge, canReadQuestions, canSubmit, canView, concernedFunctions, deciderOf } from './permissions.ts';

/** The guide's deadlines the workflow checks (values and sources in knowledge/…/deadlines.yaml). */
export interface RequestRules {
  sickLeave: DeadlineRule;
  professionalAbsence: DeadlineRule;
  /** Months personal data is kept after the end of the academic year of the absence. */
  retentionMonths: number;
}

/** Who a stored action reached: told now, or to be told by a channel that can reach them. */
export interface NotifiedPeople {
  told: string[];
  willBeTold: string[];
}

export type SubmitOutcome =
  | ({ status: 'stored'; request: StoredRequest; created: boolean } & NotifiedPeople)
  | { status: 'conflict'; request: StoredRequest; reason: string }
  | { status: 'refused'; reason: string }
  | { status: 'invalid'; errors: FieldError[] };

export type ActionOutcome = { status: 'done'; request: StoredRequest; message: string } | { status: 'refused' | 'not-found' | 'conflict' | 'invalid'; message: string };

const FUNCTION_LABEL: Record<string, string> = {
  'responsable-alternance': "responsable de l'alternance",
  'secretariat-aix': "secrétariat pédagogique d'Aix",
  'secretariat-marseille': 'secrétariat pédagogique de Marseille',
  direction: 'Direction de la MIAGE',
};
export const functionLabel = (f: string) => FUNCTION_LABEL[f] ?? f;

const TYPE_LABEL: Record<RequestType, string> = {
  'sick-leave': 'Arrêt de travail',
  'absence-professional': 'Absence pour raisons professionnelles',
  'absence-other': 'Absence pour une autre raison',
};
export const typeLabel = (t: RequestType) => TYPE_LABEL[t];

/** Personal data is kept until the end of the academic year of the absence plus N months. */
export function retentionEnd(firstDay: IsoDate, months: number): IsoDate {
  const startYear = monthOf(firstDay) >= 9 ? yearOf(firstDay) : yearOf(firstDay) - 1;
  return addMonthsTo(isoDate(`${startYear + 1}-08-31`), months);
}

/**
 * What identifies a submission whatever door event carried it: who sent which form with which
 * values (a document by its bytes' hash). Two events for one form give the same hash.
 */
export function contentHash(actorId: string, formId: string, values: Record<string, FieldValue>): string {
  const canonical = Object.keys(values)
    .sort()
    .filter((k) => values[k] !== undefined && values[k] !== '')
    .map((k) => {
      const v = values[k];
      return `${k}=${typeof v === 'object' && v ? createHash('sha256').update(v.bytes).digest('hex') : String(v).trim()}`;
    })
    .join('\n');
  return createHash('sha256').update(`${actorId}\n${formId}\n${canonical}`).digest('hex');
}

/** An idempotency key for doors without a platform request id: the same submission gives the same key. */
export function submissionKey(door: string, actorId: string, formId: string, values: Record<string, FieldValue>): string {
  return `${door}:${contentHash(actorId, formId, values)}`;
}

/** The sick-leave and absence workflow of guide §4.3: submit, see, decide, acknowledge, remind, export, purge. */
export class RequestService {
  /** Where notifications wait until a channel (supplied by the doors) delivers them. */
  readonly outbox: NotificationOutbox;
  /** The doors' short-lived state (pending forms, share keys, seen events), shared by processes. */
  readonly doorState: DoorState;

  constructor(
    private readonly store: Store,
    private readonly rules: RequestRules,
    private readonly options: {
      outboxPolicy?: OutboxPolicy;
      logger?: Logger;
      /** Erases what the doors wrote outside the store (exported files) once a purge ran. */
      afterPurge?: () => Promise<void>;
      /** How long a reply waits for its notifications to be sent (3 s). */
      notifyWaitMs?: number;
    } = {},
  ) {
    this.outbox = new NotificationOutbox(store, options.outboxPolicy, options.logger);
    this.doorState = new DoorState(store);
  }

  /**
   * Delivers the notifications of one request now (so that the reply can say who was told), and
   * sorts their recipients by outcome. Delivery problems never undo what is stored.
   */
  private async notify(requestId: number, now: Date, labels: Map<string, string>, kinds: Notification['kind'][]): Promise<NotifiedPeople> {
    // The reply waits a little for the sends, not for a slow platform: what is not sent by then
    // goes on in the background and is reported as « sera prévenu(e) ».
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.outbox.deliver(now, { requestId }).catch((error: unknown) => this.options.logger?.error('notifications non envoyées', { requestId, ...describeError(error) })),
      new Promise((resolve) => (timer = setTimeout(resolve, this.options.notifyWaitMs ?? 3000))),
    ]);
    clearTimeout(timer);
    const rows = (await this.store.listNotifications({ requestId })).filter((n) => kinds.includes(n.kind) && labels.has(n.recipient));
    const status = (r: OutboxNotification) => (r.status === 'sent' ? 'told' : r.status === 'pending' && this.outbox.canReach(r.recipient) ? 'willBeTold' : 'unreachable');
    const pick = (want: string) => [...new Set(rows.filter((r) => status(r) === want).map((r) => labels.get(r.recipient)!))];
    return { told: pick('told'), willBeTold: pick('willBeTold').filter((l) => !pick('told').includes(l)) };
  }

  private audit(actor: Actor, now: Date, action: AuditEntry['action'], requestId: number | null, details: string): AuditEntry {
    return { at: now.toISOString(), actorId: actor.id, actorRole: [actor.role, ...actor.staffFunctions].join('+'), action, requestId, details };
  }

  async submit(input: { formId: FormDefinition['id']; values: Record<string, FieldValue>; actor: Actor; now: Date; idempotencyKey: string }): Promise<SubmitOutcome> {
    const { actor, now } = input;
    const today = parisDateOf(now);
    const type = input.formId === 'arret-maladie' ? 'sick-leave' : String(input.values.motif_type ?? '').toLowerCase().startsWith('pro') ? 'absence-professional' : 'absence-other';
    const permission = canSubmit(actor, type);
    if (!permission.ok) {
      // The refusal is audited without any of the submitted data.
      await this.store.audit(this.audit(actor, now, 'refuse', null, `dépôt refusé (${type})`));
      return { status: 'refused', reason: permission.reason };
    }
    const validated = validateForm(input.formId, input.values);
    if (!validated.ok) return { status: 'invalid', errors: validated.errors };

    const base = {
      idempotencyKey: input.idempotencyKey,
      submitterId: actor.id,
      submitterRole: actor.role,
      submittedAt: now.toISOString(),
    };
    let request: NewRequest;
    let document;
    if (input.formId === 'arret-maladie') {
      const v = validated.values as SickLeaveValues;
      if (v.etabli > today) return { status: 'invalid', errors: [{ field: 'etabli', message: `Date d'établissement : le ${formatFrenchDate(v.etabli)} est dans le futur.` }] };
      const check = checkDeadline(this.rules.sickLeave, v.etabli, today);
      request = {
        ...base,
        type: 'sick-leave',
        status: 'received',
        studentName: v.alternant,
        studentEmail: v.email,
        tutorEmail: null,
        formation: v.formation,
        site: v.site,
        firstDay: v.debut,
        lastDay: v.fin,
        establishedOn: v.etabli,
        detail: v.nature,
        reason: null,
        note: v.note ?? null,
        deadline: check.deadline,
        late: check.late,
        retentionUntil: retentionEnd(v.debut, this.rules.retentionMonths),
      };
      document = { sha256: v.document.sha256, mime: v.document.mime, size: v.document.size, filename: v.document.filename, bytes: v.document.bytes };
    } else {
      const v = validated.values as AbsenceValues;
      const professional = v.motif_type === 'professionnelle';
      const check = professional ? checkDeadline(this.rules.professionalAbsence, v.debut, today) : null;
      request = {
        ...base,
        type: professional ? 'absence-professional' : 'absence-other',
        status: 'pending',
        studentName: v.alternant,
        studentEmail: v.email,
        tutorEmail: v.tuteur_email ?? null,
        formation: v.formation,
        site: v.site,
        firstDay: v.debut,
        lastDay: v.fin,
        establishedOn: null,
        detail: v.demi_journee ?? 'journee',
        reason: v.motif,
        note: null,
        deadline: check?.deadline ?? null,
        late: check?.late ?? false,
        retentionUntil: retentionEnd(v.debut, this.rules.retentionMonths),
      };
    }
    const recipients = concernedFunctions(request);
    const period = `du ${formatFrenchDate(request.firstDay)} au ${formatFrenchDate(request.lastDay)}`;
    const lateText = request.late ? ' — EN RETARD' : '';
    const todo = request.type === 'sick-leave' ? 'à accuser réception' : 'à décider';
    const labels = new Map(recipients.map((f) => [`function:${f}`, functionLabel(f)]));
    const notifications: Notification[] = recipients.map((f) => ({
      requestId: null,
      recipient: `function:${f}`,
      kind: 'new-request',
      message: `${TYPE_LABEL[request.type]} : ${request.studentName} (${request.formation.toUpperCase()}), ${period}${lateText} — ${todo}.`,
      createdAt: now.toISOString(),
    }));
    // Anyone can file in anyone's name (there is no roster): the student named hears of it at
    // once, with who filed it, so that a false request is seen.
    if (request.studentEmail) {
      labels.set(`email:${request.studentEmail}`, "l'alternant(e)");
      notifications.push({
        requestId: null,
        recipient: `email:${request.studentEmail}`,
        kind: 'filed-for-you',
        // The address was typed by someone else and may be wrong: no health detail in it.
        message: `${request.type === 'sick-leave' ? 'Un document' : `Une demande (${TYPE_LABEL[request.type].toLowerCase()}, ${period})`} a été transmis(e) à la MIAGE à votre nom (${request.studentName}) par ${submitterText(actor)}. Si vous n'êtes pas au courant, prévenez le secrétariat pédagogique de la MIAGE.`,
        createdAt: now.toISOString(),
      });
    }
    const hash = contentHash(actor.id, input.formId, input.values);
    const stored = await this.store.submit({ request, contentHash: hash, document, audit: this.audit(actor, now, 'submit', null, `${request.type}${request.late ? ' en retard' : ''}`), notifications });
    if (stored.status === 'conflict') {
      return {
        status: 'conflict',
        request: stored.request,
        reason: `Ce formulaire a déjà été envoyé (demande n°${stored.request.id}) avec un contenu différent : la correction n'a pas été enregistrée. Pour corriger une demande, relancez la commande et envoyez un nouveau formulaire, ou écrivez au secrétariat pédagogique en citant le n°${stored.request.id}.`,
      };
    }
    const people = stored.status === 'created' ? await this.notify(stored.request.id, now, labels, ['new-request', 'filed-for-you']) : { told: [], willBeTold: [] };
    return { status: 'stored', request: stored.request, created: stored.status === 'created', ...people };
  }

  /** Requests the actor may see: staff the ones they handle, others their own submissions; pending first. */
  async list(actor: Actor, filter: RequestFilter = {}, now?: Date): Promise<StoredRequest[]> {
    const own = actor.staffFunctions.length === 0;
    const all = await this.store.listRequests(own ? { ...filter, submitterId: actor.id } : filter);
    const visible = all.filter((r) => canView(actor, r).ok);
    // Who looked at which lists is audited like a single view (ids only, no personal data).
    if (now) await this.store.audit(this.audit(actor, now, 'list', null, `liste : ${visible.length} demande(s)${visible.length ? ` (${visible.slice(0, 50).map((r) => r.id).join(', ')})` : ''}`));
    return visible;
  }

  /** Refusals are audited (who tried what on which request), without the request's data. */
  private async refuse<T extends { status: 'refused'; message: string }>(actor: Actor, now: Date, id: number | null, what: string, outcome: T): Promise<T> {
    await this.store.audit(this.audit(actor, now, 'refuse', id, `${what} refusé`));
    return outcome;
  }

  async details(actor: Actor, id: number, now: Date): Promise<ActionOutcome & { acknowledgements?: Awaited<ReturnType<Store['acknowledgements']>> }> {
    const request = await this.store.getRequest(id);
    if (!request) return { status: 'not-found', message: `Aucune demande n°${id}.` };
    const permission = canView(actor, request);
    if (!permission.ok) return this.refuse(actor, now, id, 'consultation', { status: 'refused', message: permission.reason });
    if (request.purgedAt) return this.refuse(actor, now, id, 'consultation', { status: 'refused', message: purgedMessage(id) });
    await this.store.audit(this.audit(actor, now, 'view', id, 'consultation'));
    return { status: 'done', request, message: '', acknowledgements: await this.store.acknowledgements(id) };
  }

  async document(actor: Actor, id: number, now: Date) {
    const request = await this.store.getRequest(id);
    if (!request) return { status: 'not-found' as const, message: `Aucune demande n°${id}.` };
    const permission = canView(actor, request);
    if (!permission.ok) return this.refuse(actor, now, id, 'document', { status: 'refused' as const, message: permission.reason });
    if (request.purgedAt) return this.refuse(actor, now, id, 'document', { status: 'refused' as const, message: purgedMessage(id) });
    const doc = await this.store.getDocument(id);
    if (!doc?.bytes) return { status: 'not-found' as const, message: `La demande n°${id} n'a pas de document.` };
    await this.store.audit(this.audit(actor, now, 'view-document', id, `${doc.filename} (${doc.sha256.slice(0, 12)})`));
    return { status: 'done' as const, request, document: doc };
  }

  async decide(input: { actor: Actor; id: number; decision: 'approve' | 'reject'; reason?: string; now: Date }): Promise<ActionOutcome> {
    const { actor, id, now } = input;
    const request = await this.store.getRequest(id);
    if (!request) return { status: 'not-found', message: `Aucune demande n°${id}.` };
    const permission = canDecide(actor, request);
    if (!permission.ok) return this.refuse(actor, now, id, 'décision', { status: 'refused', message: permission.reason });
    if (request.purgedAt) return this.refuse(actor, now, id, 'décision', { status: 'refused', message: purgedMessage(id) });
    const reason = input.reason ? cleanUserText(input.reason).trim().slice(0, 500) || null : null;
    if (input.decision === 'reject' && !reason) return { status: 'invalid', message: 'Un refus doit être motivé : ajoutez la raison (ex. raison="examen ce jour-là").' };
    if (request.status !== 'pending') return { status: 'conflict', message: alreadyDecided(request) };
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    const outcome = `${status === 'approved' ? 'acceptée' : 'refusée'}${reason ? ` (${reason})` : ''}`;
    const message = `${TYPE_LABEL[request.type]} n°${id} de ${request.studentName}, du ${formatFrenchDate(request.firstDay)} au ${formatFrenchDate(request.lastDay)} : ${outcome}.`;
    const labels = new Map<string, string>([[`user:${request.submitterId}`, 'la personne qui a déposé la demande']]);
    if (request.studentEmail) labels.set(`email:${request.studentEmail}`, "l'alternant(e)");
    if (request.tutorEmail) labels.set(`email:${request.tutorEmail}`, 'le tuteur');
    const recipients = [...labels.keys()];
    const done = await this.store.decide({
      id,
      status,
      by: actor.id,
      reason,
      at: now.toISOString(),
      audit: this.audit(actor, now, 'decide', id, status),
      notifications: recipients.map((recipient) => ({ requestId: id, recipient, kind: 'decision', message, createdAt: now.toISOString() })),
    });
    const after = (await this.store.getRequest(id))!;
    if (!done) return after.purgedAt ? { status: 'refused', message: purgedMessage(id) } : { status: 'conflict', message: alreadyDecided(after) };
    const people = await this.notify(id, now, labels, ['decision']);
    return { status: 'done', request: after, message: `Décision enregistrée : demande ${outcome}. ${peopleText(people)}` };
  }

  async acknowledge(input: { actor: Actor; id: number; now: Date }): Promise<ActionOutcome> {
    const { actor, id, now } = input;
    const request = await this.store.getRequest(id);
    if (!request) return { status: 'not-found', message: `Aucune demande n°${id}.` };
    if (request.type !== 'sick-leave') return { status: 'invalid', message: `La demande n°${id} est une demande d'absence : elle se décide (approuver ou refuser), elle ne s'accuse pas.` };
    const functions = acknowledgingFunctions(actor, request);
    if (functions.length === 0) return this.refuse(actor, now, id, 'accusé de réception', { status: 'refused', message: `Seuls le responsable de l'alternance et le secrétariat concerné accusent réception de l'arrêt n°${id}.` });
    if (request.purgedAt) return this.refuse(actor, now, id, 'accusé de réception', { status: 'refused', message: purgedMessage(id) });
    // Which functions are new, and whether the note is now complete, are decided by the store in
    // one transaction: two staff acknowledging at the same moment both count.
    const result = await this.store.acknowledge({
      id,
      acks: functions.map((fn) => ({ staffFunction: fn, userId: actor.id, at: now.toISOString() })),
      required: concernedFunctions(request),
      audit: this.audit(actor, now, 'acknowledge', id, functions.join(', ')),
      whenComplete: [{ requestId: id, recipient: `user:${request.submitterId}`, kind: 'acknowledged', message: `Arrêt de travail n°${id} : réception accusée par la MIAGE.`, createdAt: now.toISOString() }],
    });
    if (result.purged) return { status: 'refused', message: purgedMessage(id) };
    if (result.recorded.length === 0) {
      const existing = await this.store.acknowledgements(id);
      return { status: 'conflict', message: `Réception de l'arrêt n°${id} déjà accusée (${existing.map((a) => functionLabel(a.staffFunction)).join(', ')}).` };
    }
    const after = (await this.store.getRequest(id))!;
    let told = '';
    if (result.completed) {
      const people = await this.notify(id, now, new Map([[`user:${request.submitterId}`, 'la personne qui a transmis l’arrêt']]), ['acknowledged']);
      told = ` ${peopleText(people)}`;
    }
    return { status: 'done', request: after, message: `Réception accusée pour : ${result.recorded.map(functionLabel).join(', ')}.${told}` };
  }

  /**
   * Reminders due on `now`: to deciders (and acknowledgers) after 1 and 3 jours ouvrés without
   * action, and on the last jour ouvré before an absence that is still pending.
   */
  async dueReminders(now: Date): Promise<Array<{ request: StoredRequest; kind: string; recipients: string[] }>> {
    const today = parisDateOf(now);
    const due: Array<{ request: StoredRequest; kind: string; recipients: string[] }> = [];
    // One query; per request a bounded amount of work (3 working days counted forward, not every
    // day waited), so a run costs time linear in the open requests, however long they waited.
    for (const { request, acknowledgedBy } of await this.store.openRequests()) {
      const submitted = parisDateOf(new Date(request.submittedAt));
      const waitingFor = request.type === 'sick-leave' ? concernedFunctions(request).filter((f) => !acknowledgedBy.includes(f)) : [deciderOf(request.type)!];
      const recipients = waitingFor.map((f) => `function:${f}`);
      if (addWorkingDays(submitted, 3, 'ouvres') <= today) due.push({ request, kind: 'after-3-days', recipients });
      else if (addWorkingDays(submitted, 1, 'ouvres') <= today) due.push({ request, kind: 'after-1-day', recipients });
      if (request.status === 'pending' && today < request.firstDay && today >= subtractWorkingDays(request.firstDay, 1, 'ouvres')) due.push({ request, kind: 'before-first-day', recipients });
    }
    return due;
  }

  /** Sends the due reminders once each; returns how many were sent now. */
  async sendReminders(now: Date, system: Actor): Promise<number> {
    let sent = 0;
    for (const { request, kind, recipients } of await this.dueReminders(now)) {
      const what = kind === 'before-first-day' ? `l'absence commence le ${formatFrenchDate(request.firstDay)} et n'est pas décidée` : `en attente depuis ${kind === 'after-3-days' ? '3' : '1'} jour(s) ouvré(s)`;
      const ok = await this.store.remind({
        requestId: request.id,
        kind,
        at: now.toISOString(),
        audit: this.audit(system, now, 'remind', request.id, kind),
        notifications: recipients.map((recipient) => ({ requestId: request.id, recipient, kind: 'reminder', message: `Rappel : ${TYPE_LABEL[request.type]} n°${request.id} — ${what}.`, createdAt: now.toISOString() })),
      });
      if (ok) sent += 1;
    }
    return sent;
  }

  /** Questions the assistant could not answer (staff only, audited), newest first, with a CSV. */
  async unansweredQuestions(input: { actor: Actor; from?: IsoDate; to?: IsoDate; now: Date }): Promise<{ status: 'done'; questions: UnansweredQuestion[]; csv: string } | { status: 'refused'; message: string }> {
    const permission = canReadQuestions(input.actor);
    if (!permission.ok) return { status: 'refused', message: permission.reason };
    const questions = await this.store.listQuestions({ from: input.from, to: input.to, limit: 5000 });
    await this.store.audit(this.audit(input.actor, input.now, 'list-questions', null, `${questions.length} question(s)`));
    const cell = (v: string) => `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"`;
    const csv = [['date', 'porte', 'reponse', 'question', 'candidats'].join(','), ...questions.map((q) => [q.at, q.door, q.kind, q.text, q.candidates].map(cell).join(','))].join('\r\n') + '\r\n';
    return { status: 'done', questions, csv };
  }

  /** CSV of the requests the actor handles, submitted in [from, to]; audited. */
  async exportCsv(input: { actor: Actor; from: IsoDate; to: IsoDate; now: Date }): Promise<{ status: 'done'; csv: string; count: number } | { status: 'refused'; message: string }> {
    const permission = canExport(input.actor);
    if (!permission.ok) return this.refuse(input.actor, input.now, null, 'export', { status: 'refused', message: permission.reason });
    const rows = (await this.list(input.actor, { from: input.from, to: input.to })).filter((r) => !r.purgedAt);
    const header = ['numero', 'type', 'statut', 'alternant', 'email', 'formation', 'site', 'premier_jour', 'dernier_jour', 'etabli_le', 'date_limite', 'en_retard', 'depose_le', 'decide_le', 'motif_decision'];
    const cell = (v: unknown) => {
      const s = v === null || v === undefined ? '' : String(v);
      // Quote every cell; neutralise spreadsheet formulas (CSV injection).
      return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
    };
    const lines = rows.map((r) =>
      [r.id, r.type, r.status, r.studentName, r.studentEmail, r.formation, r.site, r.firstDay, r.lastDay, r.establishedOn, r.deadline, r.late ? 'oui' : 'non', r.submittedAt, r.decidedAt, r.decisionReason].map(cell).join(','),
    );
    await this.store.audit(this.audit(input.actor, input.now, 'export', null, `${rows.length} demande(s) du ${input.from} au ${input.to}`));
    return { status: 'done', csv: [header.join(','), ...lines].join('\r\n') + '\r\n', count: rows.length };
  }

  async purge(actor: Actor, now: Date): Promise<{ status: 'done'; count: number } | { status: 'refused'; message: string }> {
    const permission = canPurge(actor);
    if (!permission.ok) return this.refuse(actor, now, null, 'purge', { status: 'refused', message: permission.reason });
    return { status: 'done', count: await this.runPurge(actor, now) };
  }

  private async runPurge(actor: Actor, now: Date): Promise<number> {
    const count = await this.store.purge({ today: parisDateOf(now), at: now.toISOString(), audit: this.audit(actor, now, 'purge', null, 'purge :') });
    await this.options.afterPurge?.();
    return count;
  }

  /**
   * The daily purge the README promises, run by a timer in every process but done by one: the
   * first to take the day's lease. Undefined when another process has it.
   */
  async purgeIfDue(now: Date, system: Actor): Promise<number | undefined> {
    if (!(await this.takeTurn('retention-purge', now, 23 * 60 * 60_000))) return undefined;
    return this.runPurge(system, now);
  }

  /** Due reminders, sent by one process per period (the lease's holder); undefined elsewhere. */
  async remindIfDue(now: Date, system: Actor, periodMs: number): Promise<number | undefined> {
    // A little shorter than the period, so that the next tick of the same timer finds it free.
    if (!(await this.takeTurn('reminders', now, Math.max(periodMs - 60_000, 1000)))) return undefined;
    return this.sendReminders(now, system);
  }

  /** One run per lease: the holder is this very run, so no one (not even this process) reruns before expiry. */
  private takeTurn(name: string, now: Date, forMs: number): Promise<boolean> {
    return this.store.acquireLease({ name, holder: randomUUID(), now: now.toISOString(), until: new Date(now.getTime() + forMs).toISOString() });
  }

  /** Type and status of a request, without personal data and without an audit entry: for choosing buttons. */
  async peek(id: number): Promise<Pick<StoredRequest, 'id' | 'type' | 'status'> | undefined> {
    const r = await this.store.getRequest(id);
    return r ? { id: r.id, type: r.type, status: r.status } : undefined;
  }

  /** Sends what the outbox has due, through the channels the doors registered. */
  deliverNotifications(now: Date) {
    return this.outbox.deliver(now);
  }

  /**
   * The actor's own notifications; for staff, also the undeliverable ones of the requests they
   * handle (with the error), so that someone can tell those people another way.
   */
  async notificationsFor(actor: Actor): Promise<{ mine: OutboxNotification[]; undeliverable: OutboxNotification[] }> {
    const mine = await this.store.listNotifications({ recipients: [`user:${actor.id}`, ...actor.staffFunctions.map((f) => `function:${f}`)] });
    if (actor.staffFunctions.length === 0) return { mine, undeliverable: [] };
    const failed = await this.store.listNotifications({ status: 'undeliverable' });
    const undeliverable: OutboxNotification[] = [];
    for (const n of failed) {
      const request = n.requestId === null ? undefined : await this.store.getRequest(n.requestId);
      if (request && canView(actor, request).ok) undeliverable.push(n);
    }
    return { mine, undeliverable };
  }
}

function purgedMessage(id: number): string {
  return `La demande n°${id} a été purgée (durée de conservation écoulée) : ses données personnelles et son document sont supprimés, plus aucune action n'est possible. Pour une nouvelle situation, déposez une nouvelle demande.`;
}

function submitterText(actor: Actor): string {
  const role = actor.role === 'hr' ? 'le service RH de votre entreprise' : actor.role === 'tutor' ? 'votre tuteur' : actor.role === 'staff' ? 'le personnel de la MIAGE' : 'un(e) étudiant(e)';
  return `${role}${actor.name ? ` (${actor.name})` : ''}, identifiant ${actor.id}`;
}

/** « Prévenu(e)s : … ; sera prévenu(e) : … », naming only people a channel can reach. */
export function peopleText(people: NotifiedPeople): string {
  const parts: string[] = [];
  if (people.told.length) parts.push(`Prévenu(e)s : ${people.told.join(', ')}.`);
  if (people.willBeTold.length) parts.push(`${people.willBeTold.length > 1 ? 'Seront prévenu(e)s' : 'Sera prévenu(e)'} : ${people.willBeTold.join(', ')}.`);
  if (!parts.length) parts.push('Aucun message n’a pu être envoyé automatiquement : le personnel concerné voit la demande dans /demandes ; prévenez les autres personnes vous-même.');
  return parts.join(' ');
}

function alreadyDecided(r: StoredRequest): string {
  const what = r.status === 'approved' ? 'acceptée' : r.status === 'rejected' ? 'refusée' : r.status;
  return `La demande n°${r.id} est déjà décidée : ${what}${r.decidedAt ? ` le ${formatFrenchDate(parisDateOf(new Date(r.decidedAt)))}` : ''}. Une décision ne se prend qu'une fois.`;
}

