export type { Store, UnansweredQuestion } from './store.ts';
export { SqliteStore } from './sqlite-store.ts';
export { MIGRATIONS } from './migrations.ts';
