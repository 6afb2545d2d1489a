import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/build-once.ts'],
    // Calendar dates must not depend on the machine's time zone: run the suite far from Paris.
    env: { TZ: 'America/Los_Angeles' },
  },
});
