import { defineConfig } from 'vitest/config';

// Browser journeys: a real server on an embedded PostgreSQL, driven by Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
