// Database round trips per request (issue 16, point 3): on a loaded machine throughput says little,
// but the number of statements a request sends is exact, and a request's CPU follows it (ADR 041).
// Runs each route through the real app (app.inject) on the bench data, once to warm up and once
// counted, and prints the statements of the counted run; then the app's CPU time per request over
// RUNS sequential requests (process.cpuUsage: this process only, PostgreSQL's own work not included).
//
//   npm run bench:trips              on the bench data at scale 0.05 (build it with bench:data first)
//   npm run bench:trips -- --verbose prints each statement's first words too
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { connectDatabase } from '../src/server/platform/db/database';
import { BENCH_PASSWORD, benchDatabaseUrl, ensureBenchData } from './data/flanders';

const verbose = process.argv.includes('--verbose');
const scale = 0.05;
const RUNS = Number(process.env.RUNS ?? 200);
const sent: string[] = [];

// Every statement passes through Client#query (a pool's query too): count them there.
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as string | { text?: string; name?: string };
  const text = typeof first === 'string' ? first : (first?.text ?? '');
  const name = typeof first === 'object' && first?.name ? ` [prepared ${first.name}]` : '';
  sent.push(`${text.replace(/\s+/g, ' ').trim().slice(0, 90)}${name}`);
  return (original as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

async function main() {
  const url = benchDatabaseUrl(scale);
  const data = await ensureBenchData({ url, scale });
  const database = connectDatabase(url);
  const app = await buildApp({ database, databaseKind: 'external' });
  try {
    const first = data.collaborations[0];
    if (!first) throw new Error('no bench collaboration');
    const signIn = async (email: string) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: BENCH_PASSWORD },
      });
      const body = res.json() as { csrfToken: string };
      return { cookie: String(res.headers['set-cookie']).split(';')[0] as string, csrf: body.csrfToken };
    };
    const coordinator = await signIn(first.coordinatorEmail);
    const worker = await signIn(first.workerEmail);
    const { rows } = await database.pool.query<{ family_id: string; referral_id: string }>(
      `select r.family_id, r.id as referral_id from referrals r
       join family_assignments a on a.family_id = r.family_id and a.to_on is null
       where r.collaboration_id = $1 limit 1`,
      [first.id],
    );
    const { family_id: familyId, referral_id: referralId } = rows[0] ?? {};
    const year = new Date().getFullYear() - 1;
    let n = 0;
    const routes: { name: string; run: () => Promise<{ statusCode: number }> }[] = [
      {
        name: 'GET session',
        run: () => app.inject({ url: '/api/v1/auth/session', headers: { cookie: coordinator.cookie } }),
      },
      {
        name: 'open a family file',
        run: () =>
          app.inject({ url: `/api/v1/families/${familyId}`, headers: { cookie: coordinator.cookie } }),
      },
      {
        name: 'read a referral',
        run: () =>
          app.inject({ url: `/api/v1/referrals/${referralId}`, headers: { cookie: coordinator.cookie } }),
      },
      {
        name: 'register a referral',
        run: () => {
          n += 1;
          return app.inject({
            method: 'POST',
            url: '/api/v1/referrals',
            headers: { cookie: coordinator.cookie, 'x-csrf-token': coordinator.csrf },
            payload: {
              fundingLine: 'regular',
              registrant: { organisationKind: 'clb', organisationName: 'CLB Bench', contactName: 'Bench' },
              family: {
                municipalityNis: '46021',
                members: [
                  {
                    role: 'child',
                    givenName: 'Tripkind',
                    familyName: `Trips${Date.now()}${n}`,
                    birthDate: '2012-03-04',
                  },
                  { role: 'parent', givenName: 'Tripouder', familyName: `Trips${Date.now()}${n}` },
                ],
              },
              requestForHelp: 'Het gezin vraagt ondersteuning.',
              consentToRefer: true,
            },
          });
        },
      },
      {
        name: 'intake list (first 50)',
        run: () => app.inject({ url: '/api/v1/referrals?limit=50', headers: { cookie: coordinator.cookie } }),
      },
      {
        name: 'my week',
        run: () => app.inject({ url: '/api/v1/worklist/week', headers: { cookie: worker.cookie } }),
      },
      {
        name: 'waiting list',
        run: () =>
          app.inject({ url: '/api/v1/worklist/waiting-list', headers: { cookie: coordinator.cookie } }),
      },
      {
        name: `figures for ${year}`,
        run: () =>
          app.inject({
            url: `/api/v1/reports/figures?from=${year}-01-01&to=${year}-12-31`,
            headers: { cookie: coordinator.cookie },
          }),
      },
    ];
    console.log(`| request | round trips | app CPU per request (${RUNS} runs) |\n|---|---|---|`);
    const only = process.env.ONLY;
    for (const route of routes.filter((r) => !only || r.name.startsWith(only))) {
      await route.run();
      sent.length = 0;
      const res = await route.run();
      if (res.statusCode >= 300) throw new Error(`${route.name}: ${res.statusCode}`);
      const trips = [...sent];
      const cpu = process.cpuUsage();
      for (let i = 0; i < RUNS; i += 1) await route.run();
      const used = process.cpuUsage(cpu);
      const ms = (used.user + used.system) / 1000 / RUNS;
      console.log(`| ${route.name} | ${trips.length} | ${ms.toFixed(2)} ms |`);
      if (verbose) for (const s of trips) console.log(`    ${s}`);
    }
  } finally {
    await app.close();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
