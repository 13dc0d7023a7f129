// The PostgreSQL server tests run on: the one in DATABASE_URL, or an embedded one started for
// the run in a fresh temporary directory. Never a mock.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/server/platform/db/embedded';

export type TestServer = { adminUrl: string; kind: 'embedded' | 'external'; stop: () => Promise<void> };

export async function startTestServer(): Promise<TestServer> {
  if (process.env.DATABASE_URL) {
    return { adminUrl: process.env.DATABASE_URL, kind: 'external', stop: async () => {} };
  }
  // /tmp: readable by the `postgres` user that runs the server when tests run as root.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'eenplan-test-'));
  const embedded = await startEmbeddedPostgres(dir);
  return {
    adminUrl: embedded.ownerUrl,
    kind: 'embedded',
    stop: async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
