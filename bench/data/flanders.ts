// Data at Flanders scale for the benchmarks (issue 16, point 1): 16 collaborations, 160,000
// families, about 200,000 referrals and 2,000,000 contacts over 10 years, into a named database
// that later bench runs reuse. Rows are made by set-based INSERT … SELECT over generate_series in
// PostgreSQL itself (no row crosses the wire), shaped by the domain's rules and vocabularies:
// references AM-YYYY-#### numbered per collaboration and year with their counters, a decision
// never before receipt, a trajectory and an assignment for each started referral (R10, R1's four
// months), contacts inside a trajectory, the preset lines and reasons of every collaboration.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import pg from 'pg';
import { CONTACT_KINDS } from '../../src/contracts/trajectories';
import { PARTNER_ORGANISATION_KINDS } from '../../src/domain/organisation-kinds';
import { createUser, upsertSecondFactorRule } from '../../src/server/modules/identity';
import { createOrganisation, upsertMunicipalityRows } from '../../src/server/modules/network';
import { connectDatabase, type Db } from '../../src/server/platform/db/database';
import { MIGRATIONS_DIR, runMigrations } from '../../src/server/platform/db/migrate';
import { DEMO_MUNICIPALITIES, DEMO_ZONES } from '../../src/server/seed/demo-region';
import { provisionCollaboration } from '../../src/server/setup/provision-collaboration';

export const BENCH_PASSWORD = 'bench-password';
/** Bumped when the shape of the data changes, so an older bench database is rebuilt. */
const DATA_VERSION = 1;

export const FULL_SCALE = { collaborations: 16, families: 160_000, contacts: 2_000_000, years: 10 };

export type BenchData = {
  url: string;
  scale: number;
  /** Per collaboration: its id and the accounts the benchmarks sign in with. */
  collaborations: { id: string; coordinatorEmail: string; workerEmail: string }[];
};

/** `--scale 0.05` (a fraction of Flanders), `--fresh` (rebuild the data), `--short` (CI's run). */
export function benchArgs(argv = process.argv.slice(2)) {
  const at = argv.indexOf('--scale');
  const scale = at >= 0 ? Number(argv[at + 1]) : 1;
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale takes a number in (0, 1]');
  return { scale, fresh: argv.includes('--fresh'), short: argv.includes('--short') };
}

/** The bench database; a smaller scale gets a database of its own, so it never replaces the full set. */
export function benchDatabaseUrl(scale = 1): string {
  const name = scale === 1 ? 'eenplan_bench' : `eenplan_bench_${String(scale).replace('.', '_')}`;
  return process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/${name}`;
}

function marker(scale: number) {
  return `eenplan bench data v${DATA_VERSION} scale=${scale}`;
}

async function withAdmin<T>(url: string, work: (client: pg.Client, name: string) => Promise<T>): Promise<T> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client, name);
  } finally {
    await client.end();
  }
}

/**
 * How the bench database's migrations stand to this checkout's: `current`, `behind` (it was built
 * before migrations that came later: they can be run on it, as on a real installation), or
 * `different` (it holds a migration this checkout does not have: built by another branch).
 */
export async function migrationState(url: string): Promise<'current' | 'behind' | 'different'> {
  const local = new Set(readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR }).map((m) => m.hash));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations');
    if (rows.some((row) => !local.has(row.hash))) return 'different';
    return rows.length < local.size ? 'behind' : 'current';
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return 'different'; // no ledger at all
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * A reused bench database gets the migrations made since it was built (bench:short crashed in CI
 * on a database built before a later migration); one built by another migration set is rebuilt.
 */
async function upToDate(url: string, log: (line: string) => void): Promise<boolean> {
  const state = await migrationState(url);
  if (state === 'current') return true;
  if (state === 'different') {
    log('bench data: built with migrations this checkout does not have; rebuilding');
    return false;
  }
  log('bench data: built before later migrations; running them');
  try {
    await runMigrations(url);
    return true;
  } catch (error) {
    log(`bench data: the later migrations failed on it (${(error as Error).message}); rebuilding`);
    return false;
  }
}

/** The bench database as it is, or null when it holds no data of this scale and version. */
async function existing(url: string, scale: number): Promise<BenchData | null> {
  const found = await withAdmin(url, async (client, name) => {
    const { rows } = await client.query<{ comment: string | null }>(
      `select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1`,
      [name],
    );
    return rows[0]?.comment ?? undefined;
  });
  if (found !== marker(scale)) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; slug: string }>(
      `select id, slug from collaborations where slug like 'bench-%' order by slug`,
    );
    return { url, scale, collaborations: rows.map((r) => accountsOf(r.id, r.slug)) };
  } finally {
    await client.end();
  }
}

function accountsOf(id: string, slug: string) {
  return { id, coordinatorEmail: `coordinator@${slug}.bench.test`, workerEmail: `worker@${slug}.bench.test` };
}

/** Reuses the bench database when it holds this scale, else builds it afresh. */
export async function ensureBenchData(
  options: { url?: string; scale?: number; fresh?: boolean; log?: (line: string) => void } = {},
): Promise<BenchData> {
  const url = options.url ?? benchDatabaseUrl(options.scale ?? 1);
  const scale = options.scale ?? 1;
  const log = options.log ?? console.log;
  let data = options.fresh ? null : await existing(url, scale);
  if (data && !(await upToDate(url, log))) data = null;
  if (data) log(`bench data: reusing ${redacted(url)} (scale ${scale})`);
  else data = await build(url, scale, log);
  // The bench accounts sign in with a password alone, as in the demo (ADR 036's rule: nobody).
  const database = connectDatabase(url, { max: 1 });
  try {
    for (const c of data.collaborations) await upsertSecondFactorRule(database.db, c.id, 'nobody');
  } finally {
    await database.close();
  }
  return data;
}

function redacted(url: string) {
  const u = new URL(url);
  u.password = u.password ? '***' : '';
  return u.toString();
}

async function build(url: string, scale: number, log: (line: string) => void): Promise<BenchData> {
  const started = performance.now();
  await withAdmin(url, async (client, name) => {
    await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
    await client.query(`create database ${client.escapeIdentifier(name)}`);
  });
  await runMigrations(url);
  const database = connectDatabase(url, { max: 1 });
  const { db } = database;
  const collaborations: BenchData['collaborations'] = [];
  try {
    await db.execute(sql`set synchronous_commit = off`);
    await upsertMunicipalityRows(db, DEMO_MUNICIPALITIES);
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4));
    const families = Math.max(20, Math.round((FULL_SCALE.families * scale) / FULL_SCALE.collaborations));
    const contacts = Math.max(20, Math.round((FULL_SCALE.contacts * scale) / FULL_SCALE.collaborations));
    let passwordHash: string | null = null;
    for (let i = 1; i <= FULL_SCALE.collaborations; i += 1) {
      const slug = `bench-${String(i).padStart(2, '0')}`;
      // A zone is one collaboration's (issue 15): the first serves the demo region's zones, where
      // the benchmarks register referrals; the others hold their families without served zones.
      const zones = i === 1 ? DEMO_ZONES : [];
      const c = await provisionCollaboration(db, { name: `Bench ${i}`, slug, zones, year });
      const accounts = accountsOf(c.id, slug);
      collaborations.push(accounts);
      passwordHash = await people(db, c.id, accounts, passwordHash);
      await familiesAndJourneys(db, c.id, { families, contacts, today });
      log(`bench data: ${slug} done (${Math.round((performance.now() - started) / 1000)} s)`);
    }
    await db.execute(sql`analyze`);
    const [counts] = (
      await db.execute<Record<string, number>>(sql`
        select (select count(*)::int from families) as families, (select count(*)::int from family_members) as members,
          (select count(*)::int from referrals) as referrals, (select count(*)::int from trajectories) as trajectories,
          (select count(*)::int from contacts) as contacts`)
    ).rows;
    log(
      `bench data: ${JSON.stringify(counts)} in ${Math.round((performance.now() - started) / 1000)} s (scale ${scale})`,
    );
  } finally {
    await database.close();
  }
  await withAdmin(url, async (client, name) => {
    await client.query(
      `comment on database ${client.escapeIdentifier(name)} is ${client.escapeLiteral(marker(scale))}`,
    );
  });
  return { url, scale, collaborations };
}

const WORKERS = 40;

/** A coordinator and a liaison worker who sign in, and a team of workers around them. */
async function people(
  db: Db,
  collaborationId: string,
  accounts: ReturnType<typeof accountsOf>,
  passwordHash: string | null,
): Promise<string> {
  // One real password hash (argon2 is slow on purpose), copied to the other accounts.
  if (!passwordHash) {
    await createUser(db, {
      collaborationId,
      email: accounts.coordinatorEmail,
      displayName: 'Coördinator',
      password: BENCH_PASSWORD,
      roles: ['coordinator'],
    });
    const { rows } = await db.execute<{ hash: string }>(
      sql`select password_hash as hash from users where email = ${accounts.coordinatorEmail}`,
    );
    passwordHash = rows[0]?.hash as string;
  } else {
    await db.execute(sql`
      insert into users (collaboration_id, email, display_name, password_hash, roles)
      values (${collaborationId}, ${accounts.coordinatorEmail}, 'Coördinator', ${passwordHash}, array['coordinator'])`);
  }
  const org = await createOrganisation(db, { collaborationId, kind: 'clb', name: 'CLB Bench' });
  await db.execute(sql`
    insert into users (collaboration_id, email, display_name, password_hash, roles)
    select ${collaborationId}, case when g = 1 then ${accounts.workerEmail} else 'w' || g || '@' || ${collaborationId} || '.bench.test' end,
      'Werker ' || g, ${passwordHash}, array['liaisonWorker']
    from generate_series(1, ${n(WORKERS)}) g`);
  await db.execute(sql`
    insert into workers (collaboration_id, user_id, display_name, home_organisation_id, function, fte_team,
      secondment_start, zone_code)
    select ${collaborationId}, id, display_name, ${org.id}, 'liaisonWorker', (array[50, 80, 100])[1 + n % 3],
      date '2016-01-01', (array['elz57', 'elz29', 'elz9'])[1 + n % 3]
    from (select id, display_name, row_number() over (order by display_name) as n from users
          where collaboration_id = ${collaborationId} and 'liaisonWorker' = any(roles)) u`);
  return passwordHash;
}

/** A whole number written into the SQL: a bind parameter would leave its type to guesswork. */
const n = (value: number) => sql.raw(String(Math.trunc(value)));
const textArray = (values: readonly string[]) => sql.raw(`array[${values.map((v) => `'${v}'`).join(',')}]`);

async function familiesAndJourneys(
  db: Db,
  collaborationId: string,
  size: { families: number; contacts: number; today: string },
) {
  const c = collaborationId;
  const days = FULL_SCALE.years * 365;
  const today = sql`${size.today}::date`;
  const partners = textArray(PARTNER_ORGANISATION_KINDS);
  // Families arrive evenly over ten years; each has one or two parents and one to three children.
  await db.execute(sql`drop table if exists bench_fam`);
  await db.execute(sql`
    create temp table bench_fam as
    select gen_random_uuid() as id, g, (array['46021','46025','46029','42006','46030'])[1 + g % 5] as nis,
      ${today} - ${n(days)} + (g::bigint * ${n(days)} / ${n(size.families)})::int as arrived
    from generate_series(1, ${n(size.families)}) g`);
  await db.execute(sql`
    insert into families (id, collaboration_id, municipality_nis, created_at)
    select id, ${c}, nis, arrived::timestamptz + interval '10 hours' from bench_fam`);
  await db.execute(sql`
    insert into family_members (collaboration_id, family_id, role, given_name, family_name, birth_date)
    select ${c}, f.id, case when m <= 1 + f.g % 2 then 'parent' else 'child' end,
      (array['An','Bram','Chloë','Dries','Eva','Fatima','Gert','Hanne','Ilias','Jana'])[1 + (f.g * 7 + m) % 10],
      (array['Peeters','Janssens','Maes','Jacobs','Mertens','Willems','Claes','Goossens','Wouters','El Amrani'])[1 + f.g % 10],
      case when m <= 1 + f.g % 2 then f.arrived - 12000 - (f.g % 3000) else f.arrived - 400 - ((f.g * m) % 5000) end
    from bench_fam f, generate_series(1, 2 + f.g % 4) m`);
  await db.execute(sql`
    insert into network_members (collaboration_id, family_id, kind, name, relation, organisation, since)
    select ${c}, f.id, k.kind, case k.kind when 'professional' then 'Hulpverlener ' || f.g else 'Grootmoeder' end,
      case k.kind when 'professional' then null else 'grootmoeder' end,
      case k.kind when 'professional' then (array['CLB','CAW','CGG','OCMW'])[1 + f.g % 4] end, f.arrived
    from bench_fam f, (values ('professional'), ('informal')) k(kind)`);
  // A referral per family on arrival, a second one a year later for one in four; decisions come
  // 0–20 days after receipt, and the last month is still to decide.
  await db.execute(sql`drop table if exists bench_ref`);
  await db.execute(sql`
    create temp table bench_ref as
    select gen_random_uuid() as id, f.id as family_id, f.g, f.nis, x.received_on,
      case when x.received_on > ${today} - 30 then 'received'
           when f.g % 20 < 11 or f.g % 20 >= 18 then 'started'
           when f.g % 20 < 16 then 'notStarted' else 'waitingList' end as status
    from bench_fam f
    cross join lateral (select f.arrived as received_on
                        union all select f.arrived + 365 where f.g % 4 = 0 and f.arrived + 365 <= ${today}) x`);
  await db.execute(sql`
    insert into referrals (id, collaboration_id, reference, received_on, funding_line_id, registrant_organisation_kind,
      registrant_organisation_name, referred_through_kind, family_id, municipality_nis, primary_care_zone_code,
      is_outside_region, request_for_help, consent_to_refer, status, decided_on, decision_reason_code, over_quota,
      created_by, created_at)
    select r.id, ${c},
      'AM-' || extract(year from r.received_on) || '-' ||
        lpad((row_number() over (partition by extract(year from r.received_on) order by r.received_on, r.id))::text, 4, '0'),
      r.received_on, (select id from funding_lines where collaboration_id = ${c} and code = 'regular'),
      (${partners})[1 + r.g % ${n(PARTNER_ORGANISATION_KINDS.length)}], 'Partner ' || (r.g % 50),
      case when r.g % 3 = 0 then 'naft' end, r.family_id, r.nis, m.primary_care_zone_code, false,
      'Het gezin vraagt ondersteuning.', true, r.status,
      case when r.status <> 'received' then r.received_on + (r.g % 21) end,
      case when r.status = 'notStarted' then (array['noCapacity','familyDeclined','choseOtherHelp','other'])[1 + r.g % 4] end,
      r.g % 97 = 0,
      (select id from users where email = 'coordinator@' || (select slug from collaborations where id = ${c}) || '.bench.test'),
      r.received_on::timestamptz + interval '11 hours'
    from bench_ref r join municipalities m on m.nis_code = r.nis`);
  await db.execute(sql`
    insert into reference_counters (collaboration_id, year, last_number)
    select collaboration_id, substring(reference from 4 for 4)::int, max(substring(reference from 9)::int)
    from referrals where collaboration_id = ${c} group by 1, 2`);
  // Started referrals: a liaison worker for about four months (R1), a trajectory, and contacts.
  await db.execute(sql`
    insert into family_assignments (collaboration_id, family_id, user_id, from_on, to_on, assigned_by)
    select ${c}, r.family_id, w.user_id, r.decided_on,
      case when r.decided_on + 120 < ${today} then r.decided_on + 120 end, w.user_id
    from referrals r
    join (select user_id, row_number() over (order by display_name) - 1 as n from workers
          where collaboration_id = ${c}) w on w.n = abs(hashtext(r.id::text)) % ${n(WORKERS)}
    where r.collaboration_id = ${c} and r.status = 'started'`);
  await db.execute(sql`
    insert into trajectories (collaboration_id, family_id, kind, funding_line_id, referral_id, started_on, status,
      started_by, started_by_name, closed_on, close_reason)
    select ${c}, r.family_id, case when abs(hashtext(r.id::text)) % 10 = 0 then 'bridging' else 'shortTerm' end,
      r.funding_line_id, r.id, r.decided_on,
      case when r.decided_on + 120 < ${today} then 'closed' else 'open' end, a.user_id, 'Werker',
      case when r.decided_on + 120 < ${today} then r.decided_on + 120 end,
      case when r.decided_on + 120 < ${today} then 'goalsReached' end
    from referrals r join family_assignments a on a.family_id = r.family_id and a.from_on = r.decided_on
    where r.collaboration_id = ${c} and r.status = 'started'`);
  const kinds = textArray(CONTACT_KINDS);
  await db.execute(sql`
    with t as (
      select id, family_id, started_on, started_by, row_number() over (order by id) as n, count(*) over () as total
      from trajectories where collaboration_id = ${c}
    )
    insert into contacts (collaboration_id, family_id, trajectory_id, kind, occurred_on, duration_minutes,
      participants, recorded_by, recorded_by_name)
    select ${c}, t.family_id, t.id, (${kinds})[1 + (t.n + i) % ${n(CONTACT_KINDS.length)}],
      least(t.started_on + (i * 120 / (${n(size.contacts)} / t.total + 1))::int, ${today}),
      (array[15, 30, 45, 60, 90])[1 + (t.n * i) % 5], array['gezin'], t.started_by, 'Werker'
    from t, generate_series(1, (${n(size.contacts)} / t.total + case when t.n <= ${n(size.contacts)} % t.total then 1 else 0 end)::int) i`);
}
