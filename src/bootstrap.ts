/**
 * The composition root: configuration → knowledge → store → workflow → assistant.
 * Shared by `npm start` (main.ts) and `npm run ask`, so both see the same data.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from './config/index.ts';
import { createAssistant, MemoryConversationStore, QuestionLog, StoredConversationStore, type Assistant } from './core/index.ts';
import { describeError, jsonLogger } from './logging/index.ts';
import { academicYearOf, deadline, holdersOf, loadKnowledgeOrThrow, type Knowledge } from './knowledge/index.ts';
import { RequestService, type DirectoryConfig, type StaffFunction } from './requests/index.ts';
import { parisDateOf } from './rules/index.ts';
import { SqliteStore, type Store } from './store/index.ts';

export interface App {
  config: Config;
  knowledge: Knowledge;
  store: Store;
  requests: RequestService;
  assistant: Assistant;
  directory: DirectoryConfig;
  dataDir: string;
  /** Flush it before closing the store (main does on stop). */
  questionLog: QuestionLog;
}

export function buildApp(config: Config): App {
  const knowledge = loadKnowledgeOrThrow(resolve(config.KNOWLEDGE_DIR));
  const dataDir = resolve(config.DATA_DIR);
  const store = new SqliteStore(join(dataDir, 'assistant.sqlite'));
  const exportDir = join(dataDir, 'exports');
  const logger = jsonLogger();
  const requests = new RequestService(
    store,
    {
      sickLeave: deadline(knowledge, 'delai-arret-entreprise'),
      professionalAbsence: deadline(knowledge, 'delai-absence-professionnelle'),
      retentionMonths: config.RETENTION_MONTHS,
    },
    {
      logger,
      // Exported files (CSV with names, copies of documents) are handed over, not archived: the
      // purge removes them all, so that nothing of a purged request stays on disk.
      afterPurge: async () => rmSync(exportDir, { recursive: true, force: true }),
    },
  );
  const directory: DirectoryConfig = {
    staff: {
      'responsable-alternance': config.STAFF_RESPONSABLE_ALTERNANCE,
      'secretariat-aix': config.STAFF_SECRETARIAT_AIX,
      'secretariat-marseille': config.STAFF_SECRETARIAT_MARSEILLE,
      direction: config.STAFF_DIRECTION,
    },
    hr: config.COMPANY_HR,
    tutors: config.COMPANY_TUTORS,
  };
    // Conversations in memory for one process; in the store when several processes share them.
  const conversations = config.CONVERSATIONS === 'store' ? new StoredConversationStore(store) : new MemoryConversationStore();
  const questionLog = new QuestionLog(store, (error) => logger.warn('questions.not-recorded', describeError(error)));
  const assistant = createAssistant(knowledge, { requests, conversations, questionLog, logger });
  return { config, knowledge, store, requests, assistant, directory, dataDir, questionLog };
}

/**
 * The staff functions' e-mail addresses, from the knowledge base's contacts (guide §6.2.1,
 * table 10), for the year of `today`: the e-mail channel reaches staff with no chat identity.
 */
export function staffEmails(knowledge: Knowledge, now: Date): Record<StaffFunction, string[]> {
  const academicYear = academicYearOf(parisDateOf(now));
  const emails = (fn: string, filter: { site?: string } = {}) => [...new Set(holdersOf(knowledge, fn, { academicYear, ...filter }).map((c) => c.email).filter((e): e is string => Boolean(e)))];
  return {
    'responsable-alternance': emails('responsable-alternance'),
    'secretariat-aix': emails('secretariat-pedagogique', { site: 'forbin' }),
    'secretariat-marseille': emails('secretariat-pedagogique', { site: 'ilot-du-bois' }),
    direction: emails('direction'),
  };
}
