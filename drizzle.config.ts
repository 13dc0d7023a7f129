import { defineConfig } from 'drizzle-kit';

// One schema source: every module's <module>.schema.ts, gathered in platform/db/schema.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/platform/db/schema.ts',
  out: './migrations',
  casing: 'snake_case',
});
