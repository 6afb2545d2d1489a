import type { Knowledge } from './loader.ts';
import type { Source } from './schemas.ts';

/** "Guide de l'alternance MIAGE 2025/2026, Tableau 5": how a source is shown to users. */
export function citeSource(knowledge: Knowledge, source: Source): string {
  const doc = knowledge.documents.get(source.doc);
  const title = doc?.title ?? source.doc;
  return [title, source.ref].filter(Boolean).join(', ') + (source.note ? ` (${source.note})` : '');
}
