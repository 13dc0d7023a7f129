// How assignment by availability (R10) holds up in a large collaboration: W workers with
// accounts over three zones (default 60), F families (default 20,000) of which about one in ten
// is in care now (a running assignment, most with an open trajectory) and the rest history
// (ended assignments, closed trajectories). Times the team's caseload per FTE, the suggestion for
// one family and a recorded assignment, through the real HTTP app on embedded PostgreSQL.
// Run: npm run bench:assignment  (BENCH_FAMILIES=100000 BENCH_WORKERS=150 for more)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { createUser } from '../src/server/modules/identity';
import { createOrganisation, upsertMunicipalityRows } from '../src/server/modules/network';
import { connectDatabase } from '../src/server/platform/db/database';
import { startEmbeddedPostgres } from '../src/server/platform/db/embedded';
import { runMigrations } from '../src/server/platform/db/migrate';
import { DEMO_MUNICIPALITIES, DEMO_ZONES } from '../src/server/seed/demo-region';
import { provisionCollaboration } from '../src/server/setup/provision-collaboration';
import { report } from './support';

const F = Number(process.env.BENCH_FAMILIES ?? 20_000);
const W = Number(process.env.BENCH_WORKERS ?? 60);

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'eenplan-bench-'));
  const pg = await startEmbeddedPostgres(dir);
  const database = connectDatabase(pg.ownerUrl);
  const db = database.db;
  try {
    await runMigrations(pg.ownerUrl);
    await upsertMunicipalityRows(db, DEMO_MUNICIPALITIES);
    const c = await provisionCollaboration(db, {
      name: 'Bench',
      slug: 'bench',
      zones: DEMO_ZONES,
      year: new Date().getFullYear(),
    });
    const desk = await createUser(db, {
      collaborationId: c.id,
      email: 'bench@example.test',
      displayName: 'Bench',
      password: 'bench-password',
      roles: ['coordinator'],
    });
    const org = await createOrganisation(db, { collaborationId: c.id, kind: 'clb', name: 'CLB Bench' });

    let t = performance.now();
    // Accounts without a real password hash: nobody logs in as them here.
    await db.execute(sql`
      insert into users (collaboration_id, email, display_name, password_hash, roles, locale)
      select ${c.id}, 'w' || g || '@example.test', 'Werker ' || g, 'x', array['liaisonWorker'], 'nl'
      from generate_series(1, ${W}) g`);
    await db.execute(sql`
      insert into workers (collaboration_id, user_id, display_name, home_organisation_id, function, fte_team,
        fte_home_organisation, secondment_start, zone_code)
      select ${c.id}, u.id, u.display_name, ${org.id}, 'liaisonWorker', (array[50, 80, 100])[1 + n % 3],
        0, date '2024-01-01', (array['elz57', 'elz29', 'elz9'])[1 + n % 3]
      from (select id, display_name, row_number() over (order by email) as n from users
            where collaboration_id = ${c.id} and email like 'w%') u`);
    await db.execute(sql`
      insert into absences (collaboration_id, worker_id, starts_on, ends_on)
      select ${c.id}, id, current_date - 3, current_date + 10 from workers
      where collaboration_id = ${c.id} and display_name like '%7'`);
    const line = sql`(select id from funding_lines where collaboration_id = ${c.id} and code = 'regular')`;
    await db.execute(sql`
      with fam as (
        insert into families (collaboration_id, municipality_nis)
        select ${c.id}, (array['46021','46025','46029','42006','46030'])[1 + g % 5]
        from generate_series(1, ${F}) g returning id
      ), numbered as (select id, row_number() over () as g from fam),
      workers_n as (select user_id, row_number() over (order by user_id) - 1 as n from workers
                    where collaboration_id = ${c.id})
      insert into family_assignments (collaboration_id, family_id, user_id, from_on, to_on, assigned_by)
      select ${c.id}, numbered.id, w.user_id, current_date - (g % 1500)::int,
        case when g % 10 = 0 then null else current_date - (g % 1500)::int + 120 end, ${desk.id}
      from numbered join workers_n w on w.n = numbered.g % ${W}`);
    await db.execute(sql`
      insert into trajectories (collaboration_id, family_id, kind, funding_line_id, started_on, status,
        started_by, started_by_name, closed_on)
      select ${c.id}, a.family_id, 'shortTerm', ${line}, a.from_on,
        case when a.to_on is null and abs(hashtext(a.family_id::text)) % 5 <> 0 then 'open' else 'closed' end,
        ${desk.id}, 'Bench',
        case when a.to_on is null and abs(hashtext(a.family_id::text)) % 5 <> 0 then null else a.from_on + 100 end
      from family_assignments a where a.collaboration_id = ${c.id}`);
    await db.execute(sql`analyze`);
    const [counts] = (
      await db.execute<{ running: number; open: number }>(sql`
        select (select count(*)::int from family_assignments where to_on is null) as running,
               (select count(*)::int from trajectories where status = 'open') as open`)
    ).rows;
    console.log(
      `inserted ${W} workers, ${F} families (${counts?.running} in care, ${counts?.open} open trajectories) in ${Math.round(performance.now() - t)} ms`,
    );

    const app = await buildApp({ database, databaseKind: 'embedded' });
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'bench@example.test', password: 'bench-password' },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
    const csrf = login.json().csrfToken as string;
    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    const timeGet = async (label: string, url: string, runs = 20) => {
      const ms: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        t = performance.now();
        await get(url);
        ms.push(performance.now() - t);
      }
      report(label, ms);
    };

    await timeGet('team caseload per FTE', '/api/v1/team/caseload');
    // New families nobody works with yet: each gets a suggestion, then the suggested worker.
    const fresh = (
      await db.execute<{ id: string }>(sql`
        insert into families (collaboration_id, municipality_nis)
        select ${c.id}, '46021' from generate_series(1, 20) returning id`)
    ).rows.map((r) => r.id);
    await timeGet('suggestion for one family', `/api/v1/team/assignment-suggestion?familyId=${fresh[0]}`);
    const ms: number[] = [];
    for (const familyId of fresh) {
      const suggestion = await get(`/api/v1/team/assignment-suggestion?familyId=${familyId}`);
      t = performance.now();
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/team/assignments',
        headers: { cookie, 'x-csrf-token': csrf },
        payload: { familyId, workerId: suggestion.suggestedWorkerId },
      });
      if (res.statusCode !== 201) throw new Error(`assign: ${res.statusCode} ${res.body}`);
      ms.push(performance.now() - t);
    }
    report('assign by availability (recorded)', ms);
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
