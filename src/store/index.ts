export type { Store } from './store.ts';
export { SqliteStore } from './sqlite-store.ts';
export { MIGRATIONS } from './migrations.ts';
