import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Compiled once for the tests that start processes; a temporary PostgreSQL server for the
    // store's contract, crash and multi-instance tests.
    globalSetup: ['test/support/build-once.ts', 'test/postgres-setup.ts'],
    // Calendar dates must not depend on the machine's time zone: run the suite far from Paris.
    env: { TZ: 'America/Los_Angeles' },
    // Several tests start real processes and servers (doors, SQLite writers, PostgreSQL) on a
    // 2-core CI machine: 5 s is too short under load. Speed is measured by the bench scripts.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
