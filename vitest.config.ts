import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/build-once.ts'],
    // Calendar dates must not depend on the machine's time zone: run the suite far from Paris.
    env: { TZ: 'America/Los_Angeles' },
    // Several tests start real processes and servers (doors, SQLite writers, PostgreSQL) on a
    // 2-core CI machine: 5 s is too short under load. Speed is measured by the bench scripts.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
