/**
 * A conversation's short memory: what the last question was about, so that the next message can
 * complete it (« 23 ans »), change one detail (« et en contrat pro ? »), pick an offered option
 * (« 2 », « Apprentissage ») or ask the next thing about the same subject. One conversation is a
 * terminal session, a Slack thread or DM, a Discord channel + user or DM. The state sits behind a
 * port: in memory for one process, in the store when several processes share the conversations.
 */
import type { Entities } from './entities.ts';

/** How long a conversation remembers its last question. */
export const CONVERSATION_TTL_MS = 30 * 60_000;

export interface ConversationState {
  /** The question as understood so far (the first question and its follow-ups), capped. */
  text: string;
  entities: Entities;
  lang: 'fr' | 'en';
  /** The options of the last clarification, in the order shown (« 1 » is the first). */
  options: Array<{ id: string; label: string }>;
  /** The knowledge entry the last answer came from, if any. */
  answeredId?: string;
  /** ISO instant after which the state is forgotten. */
  expiresAt: string;
}

/** Where conversation states live; `get` never returns an expired state. */
export interface ConversationStore {
  get(conversationId: string, now: Date): Promise<ConversationState | undefined>;
  set(conversationId: string, state: ConversationState): Promise<void>;
}

/** One process's conversations, in memory, oldest forgotten first beyond `capacity`. */
export class MemoryConversationStore implements ConversationStore {
  private readonly states = new Map<string, ConversationState>();

  constructor(private readonly capacity = 10_000) {}

  async get(conversationId: string, now: Date): Promise<ConversationState | undefined> {
    const state = this.states.get(conversationId);
    if (!state) return undefined;
    if (state.expiresAt <= now.toISOString()) {
      this.states.delete(conversationId);
      return undefined;
    }
    return state;
  }

  async set(conversationId: string, state: ConversationState): Promise<void> {
    this.states.delete(conversationId);
    this.states.set(conversationId, state);
    if (this.states.size > this.capacity) this.states.delete(this.states.keys().next().value!);
  }
}

/** The slots a follow-up may fill or change; the new message's value wins. */
function definedOnly<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function mergeEntities(previous: Entities, next: Entities): Entities {
  return {
    ...previous,
    formation: next.formation ?? previous.formation,
    track: next.track ?? previous.track,
    site: next.site ?? previous.site,
    family: next.family ?? previous.family,
    // A new age replaces a birth date and the reverse: they answer the same question.
    age: next.age ?? (next.birthDate ? undefined : previous.age),
    birthDate: next.birthDate ?? (next.age !== undefined ? undefined : previous.birthDate),
    dates: next.dates.length ? next.dates : previous.dates,
    invalidDates: next.invalidDates,
    outOfRangeDates: next.outOfRangeDates,
    academicYear: next.academicYear ?? previous.academicYear,
    smc: next.smc ?? previous.smc,
    paid: next.paid ?? previous.paid,
    internshipDays: next.internshipDays ?? previous.internshipDays,
    presence: next.presence || previous.presence ? { ...previous.presence, ...definedOnly(next.presence) } : undefined,
    rejectedSmc: next.rejectedSmc,
    period: next.period ?? previous.period,
    qualification: next.qualification ?? previous.qualification,
    role: next.role ?? previous.role,
    lang: next.lang,
  };
}

/** True when a message states at least one slot (formation, contract, age, date, amount…). */
export function hasSlots(e: Entities): boolean {
  return Boolean(e.formation || e.track || e.site || e.family || e.age !== undefined || e.birthDate || e.dates.length || e.academicYear || e.smc !== undefined || e.period || e.qualification || e.presence);
}

/** The store's rows for conversations (structural: the SQLite store has them). */
export interface ConversationRows {
  getConversation(id: string, now: string): Promise<string | undefined>;
  setConversation(id: string, state: string, expiresAt: string, now: string): Promise<void>;
}

/** Conversations kept in the store, so that several processes (or a restart) share them. */
export class StoredConversationStore implements ConversationStore {
  constructor(private readonly rows: ConversationRows) {}

  async get(conversationId: string, now: Date): Promise<ConversationState | undefined> {
    const json = await this.rows.getConversation(conversationId, now.toISOString());
    return json ? (JSON.parse(json) as ConversationState) : undefined;
  }

  async set(conversationId: string, state: ConversationState): Promise<void> {
    await this.rows.setConversation(conversationId, JSON.stringify(state), state.expiresAt, new Date(Date.parse(state.expiresAt) - CONVERSATION_TTL_MS).toISOString());
  }
}

/** A question left unanswered, as recorded for the team: never who asked. */
export interface UnansweredEntry {
  at: string;
  door: string;
  kind: 'fallback' | 'clarify';
  text: string;
  candidates: string;
}

/**
 * Unanswered questions written in batches (every few seconds, or every 50): statistics do not
 * deserve a synchronous disk write on each message, which would cost every user milliseconds.
 */
export class QuestionLog {
  private pending: UnansweredEntry[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly sink: { logQuestions(entries: UnansweredEntry[]): Promise<void> },
    private readonly onError: (error: unknown) => void,
    everyMs = 5000,
  ) {
    this.timer = setInterval(() => void this.flush(), everyMs);
    this.timer.unref();
  }

  record(entry: UnansweredEntry): void {
    this.pending.push(entry);
    if (this.pending.length >= 50) void this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    try {
      await this.sink.logQuestions(batch);
    } catch (error) {
      this.onError(error);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
