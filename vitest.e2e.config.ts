import { defineConfig } from 'vitest/config';

// Browser journeys: a real server on an embedded PostgreSQL, driven by Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // The server and web app as `npm start` runs them, rebuilt when their sources changed.
    globalSetup: ['tests/e2e/support/build.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
