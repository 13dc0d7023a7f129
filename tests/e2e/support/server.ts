// Starts eenplan as a user would (`npm start`: the bundle dist/server/main.js, built by the
// global setup) on a fresh embedded database in a temporary folder, and stops it with SIGTERM as
// a service manager would.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import getPort from 'get-port';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export type RunningServer = {
  url: string;
  dataDir: string;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

export async function startServer(
  options: {
    dataDir?: string;
    env?: Record<string, string>;
    port?: number;
    /**
     * The name the browser uses, and EENPLAN_PUBLIC_URL with it: passkeys need a domain name
     * (`localhost`), never an IP address, as their relying party (ADR 040).
     */
    publicHost?: string;
    /** How long a start may take: a first start builds the demo data (minutes on a busy machine). */
    startTimeoutMs?: number;
  } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'eenplan-e2e-')));
  const port = options.port ?? (await getPort());
  let output = '';
  // node itself runs the server (not npm as a wrapper process), so a signal in these tests
  // reaches the server and a SIGKILL leaves no orphaned server behind.
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      EENPLAN_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...(options.publicHost ? { EENPLAN_PUBLIC_URL: `http://${options.publicHost}:${port}` } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = `http://${options.publicHost ?? '127.0.0.1'}:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 300_000);
  while (true) {
    if (child.exitCode !== null) throw new Error(`eenplan exited during start:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      // Not left running: its PostgreSQL stops at the next start on this folder, or by itself
      // once the folder is removed (it checks its lock file).
      child.kill('SIGKILL');
      throw new Error(`eenplan did not start in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  return {
    url,
    dataDir,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

export async function removeDataDir(dir: string) {
  await rm(dir, { recursive: true, force: true });
}

/** Signs in as the demo's coordinator over plain HTTP: the session cookie and the CSRF token. */
export async function signInAsDemoCoordinator(url: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@demo.eenplan.be', password: 'eenplan-demo' }),
  });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  return {
    cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] as string,
    csrf: (await res.json()).csrfToken as string,
  };
}
