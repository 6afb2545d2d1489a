/** Child process of the migration race test: waits for the start signal, opens the store, reports its schema version. */
import { SqliteStore } from '../../src/store/index.ts';

const [file, startAt] = process.argv.slice(2) as [string, string];
// Every opener starts at the same instant, so that they really race on the never-migrated file.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const store = new SqliteStore(file);
process.stdout.write(`VERSION ${store.schemaVersion}\n`);
await store.close();
