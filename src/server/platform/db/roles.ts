// The application connects as a role that owns nothing: it reads and writes the tables of its
// data, only appends to the audit trail, and cannot alter, drop, disable triggers or bypass them
// (session_replication_role needs a superuser). Migrations run as the owner (ADR 025).
import pg from 'pg';
import { JOB_QUEUE_SCHEMA } from '../jobs/job-queue-schema';

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function quoted(role: string): string {
  if (!ROLE_NAME.test(role)) throw new Error(`not a plain role name: ${role}`);
  return `"${role}"`;
}

async function asOwner<T>(ownerUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates the application's login role, or resets its password, with no attribute beyond login.
 * Used where eenplan runs its own server (the embedded database, test runs).
 */
export async function ensureAppRole(ownerUrl: string, role: string, password: string): Promise<void> {
  await asOwner(ownerUrl, async (client) => {
    const attributes = `login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${client.escapeLiteral(password)}`;
    const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    if (!rowCount) {
      // Roles are cluster-wide: another process may create it at the same moment.
      await client.query(`create role ${quoted(role)} ${attributes}`).catch((error) => {
        if (error?.code !== '42710' && error?.code !== '23505') throw error;
      });
    }
    await client.query(`alter role ${quoted(role)} ${attributes}`);
  });
}

/**
 * Grants the application role what it needs, after every migration run, so tables of later
 * migrations are covered; default privileges cover tables the owner creates in between.
 * audit_events is insert-only by privilege (the trigger of migration 0001 stays as a second wall).
 */
export async function grantAppRole(ownerUrl: string, role: string): Promise<void> {
  const r = quoted(role);
  await asOwner(ownerUrl, async (client) => {
    await client.query(`revoke create on schema public from public`);
    await client.query(`grant usage on schema public to ${r}`);
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${r}`);
    await client.query(`grant usage, select on all sequences in schema public to ${r}`);
    await client.query(`revoke update, delete, truncate on audit_events from ${r}`);
    await client.query(
      `alter default privileges in schema public grant select, insert, update, delete on tables to ${r}`,
    );
    await client.query(`alter default privileges in schema public grant usage, select on sequences to ${r}`);
    // Readiness (ADR 043) compares the migrations applied with those this version ships: reading
    // drizzle's own record of them, nothing more.
    const { rows: migrated } = await client.query<{ table: string | null }>(
      `select to_regclass('drizzle.__drizzle_migrations')::text as table`,
    );
    if (migrated[0]?.table) {
      await client.query(`grant usage on schema drizzle to ${r}`);
      await client.query(`grant select on drizzle.__drizzle_migrations to ${r}`);
    }
    // The job queue's schema (ADR 032): the worker locks, completes and retries jobs and queueMail
    // adds them, as the application; creating or altering anything there stays the owner's.
    const jobs = JOB_QUEUE_SCHEMA;
    await client.query(`grant usage on schema ${jobs} to ${r}`);
    await client.query(`grant select, insert, update, delete on all tables in schema ${jobs} to ${r}`);
    await client.query(`grant usage, select on all sequences in schema ${jobs} to ${r}`);
    await client.query(`grant execute on all functions in schema ${jobs} to ${r}`);
    // graphile-worker turns row-level security on for its tables (so that an API layer over the
    // database sees none of them) and gives no policy: only the owner could then queue a job.
    const { rows } = await client.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = $1 and c.relkind = 'r' and c.relrowsecurity`,
      [jobs],
    );
    const policy = quoted(`${role}_jobs`);
    for (const { name } of rows) {
      const table = `${jobs}.${client.escapeIdentifier(name)}`;
      await client.query(`drop policy if exists ${policy} on ${table}`);
      await client.query(`create policy ${policy} on ${table} to ${r} using (true) with check (true)`);
    }
  });
}

/** The user name of a connection URL. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

export function withCredentials(url: string, role: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(role);
  u.password = encodeURIComponent(password);
  return u.toString();
}
