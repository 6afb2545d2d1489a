import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Parsed YAML kept between starts. Parsing the knowledge base's YAML is most of a cold start
 * (~0.2 s of ~0.45 s); reading the same data back as JSON takes a few milliseconds. Entries are
 * keyed by file, size and modification time, so an edited file is parsed again; only files that
 * parsed without error are kept, and everything read back is validated like fresh YAML. The cache
 * is an optimisation only: any problem reading or writing it is ignored.
 */
export interface ParseCache {
  get(path: string, stat: Stats): unknown;
  set(path: string, stat: Stats, data: unknown): void;
  save(): void;
}

const FORMAT = 1;
const keyOf = (stat: Stats) => `${stat.size}:${stat.mtimeMs}`;

/** The cache of one knowledge folder, in the system's temporary folder (always writable, never in the project). */
export function parseCacheFor(knowledgeDir: string): ParseCache {
  // One folder per user: nobody else's file is ever read back.
  const file = join(tmpdir(), `miage-assistant-${process.getuid?.() ?? 'user'}`, `knowledge-${createHash('sha1').update(knowledgeDir).digest('hex').slice(0, 16)}.json`);
  let entries: Record<string, { key: string; data: unknown }> = {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format?: number; entries?: typeof entries };
    if (saved.format === FORMAT && saved.entries) entries = saved.entries;
  } catch {
    // No cache yet, or unreadable: parse everything.
  }
  let changed = false;
  return {
    get: (path, stat) => (Object.hasOwn(entries, path) && entries[path]!.key === keyOf(stat) ? entries[path]!.data : undefined),
    set(path, stat, data) {
      entries[path] = { key: keyOf(stat), data };
      changed = true;
    },
    save() {
      if (!changed) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        // Written aside then renamed: two processes starting together never read half a file.
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, JSON.stringify({ format: FORMAT, entries }));
        renameSync(partial, file);
      } catch {
        // Read-only or full disk: the next start parses the YAML again.
      }
    },
  };
}

/** No cache (tests of the loader, `knowledge:check`): every file parsed. */
export const NO_CACHE: ParseCache = { get: () => undefined, set: () => {}, save: () => {} };
