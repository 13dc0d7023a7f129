// How the intake desk holds up with years of referrals: inserts N referrals (default 50,000,
// about 15 years of a large collaboration) straight into PostgreSQL, then times the figures of one
// year, the intake list's first page and one referral, through the real HTTP app.
// Run: npm run bench  (BENCH_REFERRALS=200000 npm run bench for more)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { createUser } from '../src/server/modules/identity';
import { upsertMunicipalityRows } from '../src/server/modules/network';
import { connectDatabase } from '../src/server/platform/db/database';
import { startEmbeddedPostgres } from '../src/server/platform/db/embedded';
import { runMigrations } from '../src/server/platform/db/migrate';
import { DEMO_MUNICIPALITIES, DEMO_ZONES } from '../src/server/seed/demo-region';
import { provisionCollaboration } from '../src/server/setup/provision-collaboration';
import { report } from './support';

const N = Number(process.env.BENCH_REFERRALS ?? 50_000);

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'eenplan-bench-'));
  const pg = await startEmbeddedPostgres(dir);
  const database = connectDatabase(pg.ownerUrl);
  try {
    await runMigrations(pg.ownerUrl);
    await upsertMunicipalityRows(database.db, DEMO_MUNICIPALITIES);
    const collaboration = await provisionCollaboration(database.db, {
      name: 'Bench',
      slug: 'bench',
      zones: DEMO_ZONES,
      year: new Date().getFullYear(),
    });
    const user = await createUser(database.db, {
      collaborationId: collaboration.id,
      email: 'bench@example.test',
      displayName: 'Bench',
      password: 'bench-password',
      roles: ['coordinator'],
    });

    let t = performance.now();
    await database.db.execute(sql`
      with fam as (
        insert into families (collaboration_id, municipality_nis)
        select ${collaboration.id}, (array['46021','46025','46029','42006','46030'])[1 + g % 5]
        from generate_series(1, ${N}) g returning id
      ), numbered as (select id, row_number() over () as g from fam)
      insert into referrals (collaboration_id, reference, received_on, funding_line_id, registrant_organisation_kind,
        registrant_organisation_name, family_id, municipality_nis, primary_care_zone_code, is_outside_region,
        request_for_help, consent_to_refer, status, decided_on, decision_reason_code, created_by)
      select ${collaboration.id}, 'AM-B-' || g, date '2026-11-01' - (g % 5400)::int,
        (select id from funding_lines where collaboration_id = ${collaboration.id} and code = 'regular'),
        (array['clb','caw','cgg','ocmw','school'])[1 + g % 5], 'Bench partner', id,
        (array['46021','46025','46029','42006','46030'])[1 + g % 5], (array['elz57','elz57','elz57','elz9','elz29'])[1 + g % 5],
        false, 'bench', true,
        (array['received','started','notStarted','waitingList'])[1 + g % 4],
        case when g % 4 = 0 then null else date '2026-11-01' - (g % 5400)::int + (g % 9)::int end,
        case when g % 4 = 2 then 'noCapacity' end, ${user.id}
      from numbered`);
    await database.db.execute(sql`analyze`);
    console.log(`inserted ${N} referrals in ${Math.round(performance.now() - t)} ms`);

    const app = await buildApp({ database, databaseKind: 'embedded' });
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'bench@example.test', password: 'bench-password' },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
    const time = async (label: string, url: string, runs = 20) => {
      const ms: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        t = performance.now();
        const res = await app.inject({ method: 'GET', url, headers: { cookie } });
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
        ms.push(performance.now() - t);
      }
      report(label, ms);
    };
    await time('figures, one year', '/api/v1/reports/figures?from=2025-11-01&to=2026-10-31');
    await time('figures, all years', '/api/v1/reports/figures', 5);
    await time('intake list, first 200', '/api/v1/referrals?limit=200');
    await time('intake list, open only', '/api/v1/referrals?status=received&limit=50');
    const first = await app.inject({ method: 'GET', url: '/api/v1/referrals?limit=1', headers: { cookie } });
    await time('one referral', `/api/v1/referrals/${first.json()[0].id}`);
    console.log(`rss ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MiB`);
    await app.close();
  } finally {
    await database.close();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
