// eenplan against the raw ceiling (issue 16, point 2). Each measurement runs the app's route and,
// in the same run against the same PostgreSQL and data, a raw Fastify + pg route doing the same
// primary-key read or insert, or the same aggregate written by hand in SQL (raw-sql.ts). Both
// servers live in one child process (serve.bench.ts); autocannon loads them from this one.
//
//   npm run bench:data            build (once) the Flanders-scale data, then
//   npm run bench                 10 s per route at 50 connections, full-scale data
//   npm run bench:short           2 s per route on data at scale 0.05 (CI prints it, never fails on it)
//
// Prints a table: requests per second, p50 and p99 latency of each, and the ratio app/raw.
import { type ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { BENCH_PASSWORD, benchArgs, benchDatabaseUrl, ensureBenchData } from '../data/flanders';

const { scale, short } = benchArgs();
const DURATION = short ? 2 : 10;
const CONNECTIONS = 50;

type Row = {
  name: string;
  app: Result;
  raw: Result;
  note?: string;
};

async function startServers(url: string): Promise<{ child: ChildProcess; app: string; raw: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'serve.bench.ts')],
    { env: { ...process.env, BENCH_DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`servers exited with ${code}`)));
  });
  const ports = JSON.parse(line) as { app: number; raw: number };
  return { child, app: `http://127.0.0.1:${ports.app}`, raw: `http://127.0.0.1:${ports.raw}` };
}

async function signIn(base: string, email: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${email}: ${res.status} ${await res.text()}`);
  const cookie = String(res.headers.get('set-cookie')).split(';')[0] as string;
  const { csrfToken, user } = (await res.json()) as { csrfToken: string; user: { id: string } };
  return { cookie, csrf: csrfToken, userId: user.id };
}

type Load = Parameters<typeof autocannon>[0] & { path?: string };

async function load({ path: at, ...rest }: Load): Promise<Result> {
  const options = { ...rest, url: `${rest.url}${at ?? ''}` };
  // A short warm-up first: connections open, statements prepared, JIT warm.
  await autocannon({ ...options, duration: 1 });
  return autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
}

/** Median wall time of `runs` sequential requests: the cost of one answer without queueing. */
async function single(url: string, headers: Record<string, string> = {}, runs = short ? 5 : 15) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)] as number;
}

const rotating = (paths: string[]) => {
  let i = 0;
  return [
    {
      setupRequest: (request: Record<string, unknown>) => {
        i = (i + 1) % paths.length;
        return { ...request, path: paths[i] };
      },
    },
  ];
};

async function main() {
  const url = benchDatabaseUrl(scale);
  const data = await ensureBenchData({ url, scale });
  const { child, app, raw } = await startServers(url);
  try {
    const first = data.collaborations[0];
    if (!first) throw new Error('no bench collaboration');
    const coordinator = await signIn(app, first.coordinatorEmail);
    const worker = await signIn(app, first.workerEmail);
    const c = first.id;
    const auth = { cookie: coordinator.cookie };
    const families = await familyIdsOf(url, c);
    const year = new Date().getFullYear() - 1;
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const rows: Row[] = [];
    const measure = async (name: string, appOptions: object, rawOptions: object, note?: string) => {
      const a = await load({ url: app, ...appOptions } as Load);
      const r = await load({ url: raw, ...rawOptions } as Load);
      rows.push({ name, app: a, raw: r, note });
      print([rows[rows.length - 1] as Row]);
    };

    await measure(
      'open a family file',
      { headers: auth, requests: rotating(families.map((id) => `/api/v1/families/${id}`)) },
      { requests: rotating(families.map((id) => `/raw/families/${id}`)) },
    );
    await measure(
      'register a referral',
      {
        method: 'POST',
        path: '/api/v1/referrals',
        headers: { ...auth, 'x-csrf-token': coordinator.csrf, 'content-type': 'application/json' },
        // Each registration a family of its own name, as at the desk (not one growing set of duplicates).
        requests: [
          {
            setupRequest: (request: Record<string, unknown>) => {
              registered += 1;
              return { ...request, body: JSON.stringify(referralBody(registered)) };
            },
          },
        ],
      },
      { method: 'POST', path: `/raw/referrals?c=${c}&u=${coordinator.userId}` },
    );
    await measure(
      'intake list (first 50)',
      { path: '/api/v1/referrals?limit=50', headers: auth },
      { path: `/raw/referrals?c=${c}` },
    );
    await measure(
      'my week',
      { path: '/api/v1/worklist/week', headers: { cookie: worker.cookie } },
      { path: `/raw/week?u=${worker.userId}` },
    );
    await measure(
      'waiting list',
      { path: '/api/v1/worklist/waiting-list', headers: auth },
      { path: `/raw/waiting-list?c=${c}` },
    );
    await measure(
      `figures for ${year}`,
      { path: `/api/v1/reports/figures?from=${from}&to=${to}`, headers: auth },
      { path: `/raw/figures?c=${c}&from=${from}&to=${to}` },
    );
    await measure(
      `yearly export (CSV ${year})`,
      { path: `/api/v1/reports/figures.csv?from=${from}&to=${to}`, headers: auth },
      { path: `/raw/figures.csv?c=${c}&from=${from}&to=${to}` },
    );

    // One answer at a time: figures per collaboration-year against the hand-written aggregate.
    const figuresApp = await single(`${app}/api/v1/reports/figures?from=${from}&to=${to}`, auth);
    const figuresRaw = await single(`${raw}/raw/figures?c=${c}&from=${from}&to=${to}`);
    const allYearsApp = await single(`${app}/api/v1/reports/figures`, auth);
    const allYearsRaw = await single(`${raw}/raw/figures?c=${c}&from=1900-01-01&to=2999-12-31`);

    // A light route while reports run: its worst latency alone, then beside figures of all years.
    const light = { url: app, path: '/api/v1/auth/session', headers: auth, connections: 2 };
    const alone = await load(light);
    const [beside] = await Promise.all([
      load(light),
      load({ url: app, path: '/api/v1/reports/figures', headers: auth, connections: 4 }),
      load({ url: app, path: '/api/v1/reports/figures.csv', headers: auth, connections: 4 }),
    ]);

    console.log(`\n## eenplan against the raw ceiling — ${new Date().toISOString()}`);
    console.log(
      `data scale ${data.scale} (${Math.round(160_000 * data.scale)} families, ${Math.round(2_000_000 * data.scale)} contacts, 16 collaborations); ` +
        `${CONNECTIONS} connections, ${DURATION} s per route; ${os.cpus().length} CPUs (${os.cpus()[0]?.model}); ` +
        `load average before ${loadBefore.map((l) => l.toFixed(1)).join(' ')}, after ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
    print(rows, true);
    console.log(
      `\nfigures, one answer at a time (median): one collaboration-year ${figuresApp.toFixed(1)} ms vs hand-written SQL ` +
        `${figuresRaw.toFixed(1)} ms (${(figuresApp / figuresRaw).toFixed(2)}×); all ten years ${allYearsApp.toFixed(1)} ms vs ${allYearsRaw.toFixed(1)} ms (${(allYearsApp / allYearsRaw).toFixed(2)}×)`,
    );
    console.log(
      `a light route (GET /api/v1/auth/session, 2 connections): worst ${alone.latency.max} ms alone, ` +
        `${beside.latency.max} ms while figures and exports of all years run (p99 ${alone.latency.p99} → ${beside.latency.p99} ms)`,
    );
  } finally {
    child.kill('SIGTERM');
  }
}

const loadBefore = os.loadavg();

function print(rows: Row[], header = false) {
  const cell = (r: Result) =>
    `${Math.round(r.requests.average).toString().padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(4)} ms${r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`;
  if (header) console.log(`\n| route | eenplan | raw | ratio |\n|---|---|---|---|`);
  for (const row of rows) {
    const ratio = row.app.requests.average / Math.max(1, row.raw.requests.average);
    console.log(`| ${row.name} | ${cell(row.app)} | ${cell(row.raw)} | ${ratio.toFixed(2)}× |`);
  }
}

/** Families of the collaboration with a running assignment: files someone works on now. */
async function familyIdsOf(url: string, collaborationId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `select distinct family_id as id from family_assignments where collaboration_id = $1 and to_on is null limit 500`,
      [collaborationId],
    );
    if (rows.length === 0) throw new Error('no families to open');
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

let registered = 0;

function referralBody(n: number) {
  const familyName = `Meting${n}`;
  const birthDate = new Date(Date.UTC(2008, 0, 1 + (n % 5000))).toISOString().slice(0, 10);
  return {
    fundingLine: 'regular',
    registrant: { organisationKind: 'clb', organisationName: 'CLB Bench', contactName: 'Bench' },
    family: {
      municipalityNis: '46021',
      members: [
        { role: 'child', givenName: 'Benchkind', familyName, birthDate },
        { role: 'parent', givenName: 'Benchouder', familyName },
      ],
    },
    requestForHelp: 'Het gezin vraagt ondersteuning.',
    consentToRefer: true,
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
