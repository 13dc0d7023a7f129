// ADR 048: `npm run backup` and `npm run restore` as an operator runs them (the real CLI in a
// child process, PostgreSQL's own pg_dump and pg_restore), from a database holding the demo, an
// audit trail and a queued job, into an empty data folder (a second, embedded PostgreSQL on
// another port). Every table comes back row for row.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock';
import { buildApp } from '../../src/server/app';
import { addJob } from '../../src/server/platform/db/add-job';
import { connectDatabase } from '../../src/server/platform/db/database';
import { EMBEDDED_OWNER, OWNER_PASSWORD_FILE } from '../../src/server/platform/db/embedded';
import { findPgTool, serverMajor } from '../../src/server/platform/db/pg-tools';
import { prepareDatabase } from '../../src/server/platform/db/prepare-database';
import { firstRun } from '../../src/server/setup/first-run';
import { createTestDatabase } from '../support/test-database';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function tempDir() {
  // /tmp: readable by the `postgres` user that runs the embedded server when tests run as root.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'eenplan-backup-'));
  await chmod(dir, 0o755);
  dirs.push(dir);
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`set timezone = 'UTC'`);
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Every table of every schema eenplan uses: its row count and a checksum of its rows in order. */
async function contents(url: string) {
  const tables = await query<{ name: string }>(
    url,
    `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
      order by 1`,
  );
  const result: Record<string, { rows: number; checksum: string }> = {};
  for (const { name } of tables) {
    // Ordered by the whole row's text: by id where a table has one, and defined for those without.
    const [row] = await query<{ rows: number; checksum: string }>(
      url,
      `select count(*)::int as rows, coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') as checksum from ${name} t`,
    );
    result[name] = row as { rows: number; checksum: string };
  }
  return result;
}

function cli(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/server/cli/${script}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', DATABASE_OWNER_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

// pg_dump refuses a server newer than itself: where the run's server is newer than every pg_dump
// on the machine (the embedded PostgreSQL 18 beside Debian 12's client 15), this cannot run here.
const [version] = await query<{ v: string }>(
  inject('adminUrl'),
  `select current_setting('server_version_num') as v`,
);
const major = serverMajor(Number(version?.v));
const pgDump = await findPgTool('pg_dump', major).catch((error: Error) => {
  console.warn(`backup and restore not tested on this run's PostgreSQL ${major}: ${error.message}`);
  return null;
});

describe.skipIf(!pgDump)('backup and restore', () => {
  it('restores a backup into an empty data folder with every table identical, and then starts', async () => {
    const source = await createTestDatabase();
    try {
      const seeded = await firstRun(source.db, {
        adminEmail: null,
        adminPassword: null,
        clock: fixedClock('2026-03-16'),
      });
      expect(seeded.kind).toBe('demo');
      // A read of a family's data (audited) and a job waiting in the queue.
      const app = await buildApp({ database: source, databaseKind: 'external' });
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'coordinator@demo.eenplan.be', password: 'eenplan-demo' },
      });
      expect(login.statusCode).toBe(200);
      const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
      const list = await app.inject({ method: 'GET', url: '/api/v1/referrals', headers: { cookie } });
      expect(list.statusCode).toBe(200);
      await app.close();
      await addJob(source.db, 'backup-test', { note: 'waits in the queue' });
      const before = await contents(source.ownerUrl);
      expect(before['public.audit_events']?.rows).toBeGreaterThan(0);
      expect(before['public.referrals']?.rows).toBeGreaterThan(0);
      expect(before['graphile_worker._private_jobs']?.rows).toBeGreaterThan(0);

      const backupDir = await tempDir();
      const file = path.join(backupDir, 'eenplan.dump');
      const backup = await cli('backup', ['--file', file], {
        DATABASE_URL: source.url,
        DATABASE_OWNER_URL: source.ownerUrl,
        EENPLAN_DATA_DIR: backupDir,
      });
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toContain(`written ${file}`);

      const empty = await tempDir();
      const restored = await cli('restore', [file], { EENPLAN_DATA_DIR: empty });
      expect(restored.code, restored.output).toBe(0);
      // A second restore finds the database full and refuses, exit code 4.
      const again = await cli('restore', [file], { EENPLAN_DATA_DIR: empty });
      expect(again.code, again.output).toBe(4);
      expect(again.output).toContain('--force');

      // The restored installation starts as the app would, on its own server and port.
      const prepared = await prepareDatabase({ databaseUrl: null, databaseOwnerUrl: null, dataDir: empty });
      try {
        const ownerUrl = await embeddedOwnerUrl(prepared.appUrl, empty);
        expect(new URL(ownerUrl).port).not.toBe(new URL(source.ownerUrl).port);
        expect(await contents(ownerUrl)).toEqual(before);
        const restoredDb = connectDatabase(prepared.appUrl, { max: 2 });
        try {
          expect((await firstRun(restoredDb.db, { adminEmail: null, adminPassword: null })).kind).toBe(
            'existing',
          );
          const restoredApp = await buildApp({ database: restoredDb, databaseKind: 'embedded' });
          const relogin = await restoredApp.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { email: 'coordinator@demo.eenplan.be', password: 'eenplan-demo' },
          });
          expect(relogin.statusCode).toBe(200);
          await restoredApp.close();
        } finally {
          await restoredDb.close();
        }
      } finally {
        await prepared.stop();
      }
    } finally {
      await source.drop();
    }
  }, 600_000);

  it('says what is wrong, with its exit code, when there is nothing to back up or restore', async () => {
    const nothing = await tempDir();
    const backup = await cli('backup', [], { EENPLAN_DATA_DIR: nothing });
    expect(backup.code).toBe(2);
    expect(backup.output).toContain('no eenplan database');
    const restore = await cli('restore', [path.join(nothing, 'missing.dump')], { EENPLAN_DATA_DIR: nothing });
    expect(restore.code).toBe(2);
    expect(restore.output).toContain('no such backup file');
    const usage = await cli('restore', [], { EENPLAN_DATA_DIR: nothing });
    expect(usage.code).toBe(2);
  }, 60_000);
});

/** The embedded owner's URL: the app's URL with the owner's name and the password file's secret. */
async function embeddedOwnerUrl(appUrl: string, dataDir: string) {
  const password = (await readFile(path.join(dataDir, OWNER_PASSWORD_FILE), 'utf8')).trim();
  const url = new URL(appUrl);
  url.username = EMBEDDED_OWNER;
  url.password = encodeURIComponent(password);
  return url.toString();
}
