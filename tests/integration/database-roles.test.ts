// ADR 018: the application connects as a role that owns nothing. Whoever gets hold of its
// connection can use the app's data as the app may, but cannot rewrite the audit trail, switch
// its trigger off, bypass it, or change the schema.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { prepareDatabase } from '../../src/server/platform/db/prepare-database';
import { roleOf } from '../../src/server/platform/db/roles';
import { referralBody } from '../support/factories';
import { setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const denied = { cause: expect.objectContaining({ code: '42501' }) };
const refusedToApp = (statement: string) =>
  expect(t.appDb.execute(sql.raw(statement))).rejects.toMatchObject(denied);

async function asOwner<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: t.database.ownerUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('the application’s database role', () => {
  it('is no superuser and owns no table', async () => {
    const role = await t.appDb.execute(
      sql`select rolsuper, rolcreaterole, rolcreatedb, rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(role.rows[0]).toEqual({
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
    });
    const owned = await t.appDb.execute(
      sql`select count(*)::int as n from pg_tables where schemaname = 'public' and tableowner = current_user`,
    );
    expect(owned.rows[0]).toEqual({ n: 0 });
  });

  it('cannot bypass, disable or drop what guards the audit trail, nor change the schema', async () => {
    await refusedToApp('set session_replication_role = replica');
    await refusedToApp('alter table audit_events disable trigger audit_events_no_update');
    await refusedToApp('alter table audit_events disable trigger all');
    await refusedToApp('drop trigger audit_events_no_update on audit_events');
    await refusedToApp('drop table audit_events');
    await refusedToApp('drop table referrals');
    await refusedToApp('alter table referrals add column note text');
    await refusedToApp('create table mine (id int)');
    await refusedToApp('update audit_events set action = action');
    await refusedToApp('delete from audit_events');
  });

  it('still does all its work through the normal routes, each audited', async () => {
    const tenant = await t.createTenant();
    const desk = await tenant.as('coordinator');
    const created = await desk.post('/api/v1/referrals', referralBody());
    expect(created.status).toBe(201);
    const decided = await desk.post(`/api/v1/referrals/${created.body.id}/decision`, {
      outcome: 'waitingList',
    });
    expect(decided.status).toBe(200);
    const trail = await desk.get(`/api/v1/referrals/${created.body.id}/audit`);
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['create', 'decide']),
    );
  });

  it('uses the job queue’s schema (ADR 032) but cannot change it', async () => {
    await t.appDb.execute(
      sql`select graphile_worker.add_job('deliver-mail', '{"outboxId":"00000000-0000-4000-8000-000000000000"}'::json)`,
    );
    await t.appDb.execute(sql`delete from graphile_worker._private_jobs`);
    await refusedToApp('create table graphile_worker.mine (id int)');
    await refusedToApp('drop table graphile_worker._private_jobs');
    await refusedToApp('alter table graphile_worker._private_jobs disable row level security');
    const owned = await t.appDb.execute(
      sql`select count(*)::int as n from pg_tables where schemaname = 'graphile_worker' and tableowner = current_user`,
    );
    expect(owned.rows[0]).toEqual({ n: 0 });
  });

  it('reaches the tables of later migrations too (default privileges), but only appends to nothing else', async () => {
    const table = `later_${randomBytes(4).toString('hex')}`;
    await asOwner((owner) => owner.query(`create table ${table} (id bigserial primary key, note text)`));
    await t.appDb.execute(sql.raw(`insert into ${table} (note) values ('x')`));
    await t.appDb.execute(sql.raw(`update ${table} set note = 'y'`));
    expect((await t.appDb.execute(sql.raw(`select note from ${table}`))).rows).toEqual([{ note: 'y' }]);
    await refusedToApp(`drop table ${table}`);
  });
});

describe('an external PostgreSQL (ADR 018)', () => {
  it('with DATABASE_OWNER_URL: migrations and grants as the owner, the app as DATABASE_URL', async () => {
    const warn = vi.fn();
    const prepared = await prepareDatabase(
      { databaseUrl: t.database.url, databaseOwnerUrl: t.database.ownerUrl, dataDir: '/nonexistent' },
      warn,
    );
    expect([prepared.appUrl, prepared.kind, warn.mock.calls]).toEqual([t.database.url, 'external', []]);
  });

  it('with DATABASE_URL only: works as before and warns that the app owns its tables', async () => {
    const warn = vi.fn();
    const prepared = await prepareDatabase(
      { databaseUrl: t.database.ownerUrl, databaseOwnerUrl: null, dataDir: '/nonexistent' },
      warn,
    );
    expect(roleOf(prepared.appUrl)).toBe(roleOf(t.database.ownerUrl));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('DATABASE_OWNER_URL'));
  });
});
