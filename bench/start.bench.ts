// How long eenplan takes to start (issue 16: first start ≤ 30 s, restart ≤ 5 s), measured as
// `npm start` runs it: the built bundle (dist/server/main.js) on the embedded PostgreSQL.
// First start: an empty data folder (initdb, migrations, the municipality table, the demo).
// Restart: the same folder again. The time runs from spawning the process to the first answer
// of GET /api/health; each start is stopped with SIGTERM before the next.
// Run: npm run bench:start   (BENCH_RUNS=5 for more runs, BENCH_NODE=/path/to/node for another Node)
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import getPort from 'get-port';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const NODE = process.env.BENCH_NODE ?? process.execPath;

type Start = { ms: number; slowest: string };

async function startOnce(dataDir: string): Promise<Start> {
  const port = await getPort();
  let output = '';
  const started = performance.now();
  const child: ChildProcess = spawn(NODE, ['--enable-source-maps', 'dist/server/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      EENPLAN_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let ms = 0;
  while (!ms) {
    if (child.exitCode !== null) throw new Error(`eenplan exited during start:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) ms = performance.now() - started;
    } catch {}
    if (!ms) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGTERM');
  const code = await exited;
  if (code !== 0) throw new Error(`eenplan stopped with ${code}:\n${output}`);
  return { ms, slowest: slowestStep(output) };
}

/** The longest "…: done in x s" line the start printed (startup-progress.ts). */
function slowestStep(output: string): string {
  let slowest = { label: '', seconds: -1 };
  for (const match of output.matchAll(/\] (.+): done in ([\d.]+) s/g)) {
    const seconds = Number(match[2]);
    if (seconds > slowest.seconds) slowest = { label: match[1] as string, seconds };
  }
  return slowest.seconds < 0 ? '' : `${slowest.label} ${slowest.seconds.toFixed(1)} s`;
}

function line(label: string, runs: Start[], goalSeconds: number) {
  const seconds = runs.map((run) => run.ms / 1000);
  const sorted = [...seconds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  console.log(
    `${label.padEnd(34)} ${seconds.map((s) => `${s.toFixed(1)} s`).join(' · ')}   median ${median.toFixed(1)} s   goal ≤ ${goalSeconds} s: ${median <= goalSeconds ? 'met' : 'NOT met'}`,
  );
  for (const [i, run] of runs.entries())
    if (run.slowest) console.log(`  run ${i + 1}: slowest step ${run.slowest}`);
}

async function main() {
  // The build `npm start` does first; not timed below (an installation builds once).
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const checkStarted = performance.now();
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  const checkMs = performance.now() - checkStarted;

  const node = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`eenplan start, Node ${node}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]?.toFixed(1)}`);
  const first: Start[] = [];
  const again: Start[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'eenplan-start-bench-'));
    try {
      first.push(await startOnce(dataDir));
      again.push(await startOnce(dataDir));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  console.log(`the build check of npm start (up to date): ${(checkMs / 1000).toFixed(1)} s`);
  line('first start (empty data folder)', first, 30);
  line('restart (existing data folder)', again, 5);
  console.log(`load at the end ${os.loadavg()[0]?.toFixed(1)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
