// Issue 10: bad input never reaches the database as a 500, and a refused request changes
// nothing. Every declared route, signed in as someone who may call it, on the demo collaboration
// (so ids point at real rows), gets valid-shaped requests with one field spoiled, pure junk,
// an empty body and a wrong content type. Set FC_SEED to replay a run.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { can, type Permission, type Role } from '../../src/domain/roles';
import { buildApp } from '../../src/server/app';
import type { DeclaredRoute } from '../../src/server/platform/http/access';
import { DEMO_FAMILY_EMAIL, DEMO_USERS } from '../../src/server/seed/demo-people';
import { firstRun } from '../../src/server/setup/first-run';
import { createTestDatabase } from '../support/test-database';
import { arbitraryOf, badValue, type Pools, pathsOf, replaceAt } from '../support/zod-arbitrary';

const SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS_PER_ROUTE = Number(process.env.FC_RUNS ?? 6);
console.info(`bad-input property test: FC_SEED=${SEED} FC_RUNS=${RUNS_PER_ROUTE}`);

// Who calls a route: the first demo person whose roles allow it.
const CALLERS: Role[] = [
  'coordinator',
  'staffOfficer',
  'leadPartner',
  'administrator',
  'coach',
  'liaisonWorker',
  'steeringMember',
  'partnerReferrer',
  // Issue 15: the installation's collaborations and the figures across them.
  'platformAdministrator',
];
// Signing out ends the session every other request of the run uses.
const SKIPPED = new Set(['POST /api/v1/auth/logout']);
const NOT_FINGERPRINTED = new Set(['audit_events', 'sessions', '__drizzle_migrations']);

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof buildApp>>;
// 'family': the demo's family account (issue 13), the only caller of the portal's routes.
type Caller = Role | 'family';
const sessions = new Map<Caller, { cookie: string; csrf: string }>();
let pools: Pools;
let fingerprintSql: ReturnType<typeof sql.raw>;
const idsByTable: Record<string, string[]> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  await firstRun(database.db, { adminEmail: null, adminPassword: null });
  app = await buildApp({ database, databaseKind: 'external' });
  for (const user of [...DEMO_USERS, { email: DEMO_FAMILY_EMAIL, roles: ['family' as const] }]) {
    const role = user.roles[0] as Caller;
    if (sessions.has(role)) continue;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'eenplan-demo' },
    });
    sessions.set(role, {
      cookie: String(res.headers['set-cookie']).split(';')[0] as string,
      csrf: res.json().csrfToken,
    });
  }
  const tables = (
    await database.owner.db.execute(
      sql`select table_name as name, exists (select 1 from information_schema.columns c
            where c.table_name = t.table_name and c.column_name = 'id' and c.data_type = 'uuid') as has_id
          from information_schema.tables t where table_schema = 'public' and table_type = 'BASE TABLE'`,
    )
  ).rows as { name: string; has_id: boolean }[];
  for (const table of tables.filter((t) => t.has_id)) {
    const rows = await database.owner.db.execute(
      sql.raw(`select id::text as id from "${table.name}" limit 5`),
    );
    idsByTable[table.name] = (rows.rows as { id: string }[]).map((r) => r.id);
  }
  const lines = await database.owner.db.execute(sql`select distinct code from funding_lines`);
  pools = {
    ids: Object.values(idsByTable).flat(),
    idsFor: (key) => (key === 'id' || !/Ids?$/.test(key) ? [] : idsNamed(key)),
    fundingLines: (lines.rows as { code: string }[]).map((r) => r.code),
  };
  fingerprintSql = sql.raw(
    tables
      .filter((t) => !NOT_FINGERPRINTED.has(t.name))
      .map(
        (t) =>
          `select '${t.name}' as t, count(*)::int as n, coalesce(sum(hashtextextended(x::text, 0)), 0)::text as h from "${t.name}" x`,
      )
      .join(' union all '),
  );
}, 180_000);

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

async function fingerprint(): Promise<Record<string, string>> {
  const rows = (await database.owner.db.execute(fingerprintSql)).rows as {
    t: string;
    n: number;
    h: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

function callerOf(route: DeclaredRoute): Caller {
  if (route.access === 'family') return 'family';
  if (route.access === 'public' || route.access === 'authenticated' || route.access === 'staff')
    return 'coordinator';
  const role = CALLERS.find((r) => can([r], route.access as Permission));
  if (!role) throw new Error(`nobody may call ${route.method} ${route.url}`);
  return role;
}

// Real ids for a param or a body field: the tables named like it (`memberId` → *_members),
// or like the path segment before it (`/meetings/:id` → *_meetings).
const snake = (s: string) =>
  s
    .replace(/-/g, '_')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
const stem = (s: string) => snake(s.replace(/Ids?$/, '')).replace(/ies$/, 'y').replace(/e?s$/, '');
function idsNamed(...names: string[]): string[] {
  const stems = names.map(stem).filter(Boolean);
  return Object.entries(idsByTable)
    .filter(([table]) => stems.some((s) => table.replace(/ies$/, 'y').replace(/e?s$/, '').endsWith(s)))
    .flatMap(([, ids]) => ids);
}
function paramArbitrary(url: string, name: string): fc.Arbitrary<string> {
  if (name === 'code') return fc.constantFrom(...pools.fundingLines);
  if (name === 'year') return fc.integer({ min: 2024, max: 2027 }).map(String);
  if (name === 'version' || name === 'week') return fc.integer({ min: 1, max: 4 }).map(String);
  const segments = url.split('/');
  const before = segments[segments.indexOf(`:${name}`) - 1] ?? '';
  const ids = name === 'id' ? idsNamed(before) : idsNamed(name, before);
  return ids.length > 0 ? fc.constantFrom(...ids) : fc.constantFrom(...pools.ids);
}

type Case = { params: Record<string, string>; query: Record<string, unknown>; body: unknown; raw?: boolean };

function validCase(route: DeclaredRoute): fc.Arbitrary<Case> {
  const schema = (route.schema ?? {}) as { body?: z.ZodType; querystring?: z.ZodType };
  const names = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
  const params = fc.record(Object.fromEntries(names.map((n) => [n, paramArbitrary(route.url, n)])));
  const query = schema.querystring ? arbitraryOf(schema.querystring, pools) : fc.constant({});
  const body = schema.body ? arbitraryOf(schema.body, pools) : fc.constant(undefined);
  return fc.record({ params, query, body }) as fc.Arbitrary<Case>;
}

/** What has broken a field of this kind before. */
function spoilersFor(leaf: unknown): unknown[] {
  if (typeof leaf === 'number') return [2 ** 31, 1e15];
  if (typeof leaf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(leaf)) return ['9999-12-31', 'Naam\u0000'];
  if (typeof leaf === 'string') return ['Naam\u0000met nul'];
  return [];
}

function caseArbitrary(route: DeclaredRoute): fc.Arbitrary<Case & { spoiled: string }> {
  const valid = validCase(route);
  const spoiled = fc
    .tuple(valid, fc.constantFrom('params', 'query', 'body'), fc.nat(), badValue)
    .map(([c, part, pick, bad]) => {
      const paths = pathsOf(c[part as keyof Case]);
      if (paths.length === 0)
        return { ...c, [part]: part === 'params' ? c.params : bad, spoiled: `${part} := bad` };
      const path = paths[pick % paths.length] as (string | number)[];
      const spoilt = replaceAt(c[part as keyof Case], path, bad);
      return { ...c, [part]: spoilt, spoiled: `${part}.${path.join('.')}` };
    });
  const junk = fc
    .tuple(valid, fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: 'binary' })))
    .map(([c, j]) => ({ ...c, body: j, spoiled: 'body is junk' }));
  return fc.oneof(
    { weight: 1, arbitrary: valid.map((c) => ({ ...c, spoiled: 'nothing' })) },
    { weight: 5, arbitrary: spoiled },
    { weight: 1, arbitrary: junk },
  );
}

function toQueryString(query: unknown): string {
  if (query === null || typeof query !== 'object') return `?q=${encodeURIComponent(String(query))}`;
  const parts = Object.entries(query).flatMap(([k, v]) =>
    v === undefined
      ? []
      : [
          `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'object' ? JSON.stringify(v) : String(v))}`,
        ],
  );
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

async function send(route: DeclaredRoute, c: Case, headers: Record<string, string> = {}) {
  const session = sessions.get(callerOf(route)) as { cookie: string; csrf: string };
  const url =
    route.url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(c.params[name] ?? ''))) +
    toQueryString(c.query);
  const hasBody = route.method !== 'GET' && route.method !== 'DELETE' && c.body !== undefined;
  return app.inject({
    method: route.method as 'GET',
    url,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(hasBody ? { payload: c.raw ? String(c.body) : JSON.stringify(c.body) } : {}),
  });
}

// The database as it was before the request; null when a request succeeded since (recomputed lazily).
let before: Record<string, string> | null = null;

/** Never a 5xx; a 4xx speaks the error shape and leaves the database as it was. */
async function expectHandled(
  route: DeclaredRoute,
  c: Case,
  response: Awaited<ReturnType<typeof send>>,
  what: string,
) {
  const label = `${route.method} ${route.url} (${what}) → ${response.statusCode} ${response.body.slice(0, 300)}`;
  expect(response.statusCode, label).toBeLessThan(500);
  if (response.statusCode < 400) {
    if (route.method !== 'GET') before = null;
    return c;
  }
  const error = response.json().error;
  expect(typeof error?.code, label).toBe('string');
  expect(error.message, label).toMatch(/\S/);
  if (error.code === 'VALIDATION_FAILED' && error.details)
    for (const d of error.details)
      expect(d, label).toMatchObject({ field: expect.any(String), message: expect.stringMatching(/\S/) });
  if (route.method === 'GET') return c;
  const after = await fingerprint();
  const changed = before ? Object.keys(after).filter((t) => after[t] !== before?.[t]) : [];
  expect(changed, `${label}: a refused request changed tables`).toEqual([]);
  return c;
}

/** Sends a request, knowing what the database looked like before a write. */
async function sendChecked(
  route: DeclaredRoute,
  c: Case,
  what: string,
  headers: Record<string, string> = {},
) {
  if (route.method !== 'GET' && before === null) before = await fingerprint();
  return expectHandled(route, c, await send(route, c, headers), what);
}

describe('bad input on every route', () => {
  it('walks the declared routes', () => {
    const routes = app.declaredRoutes.filter((r) => r.url.startsWith('/api/v1') && r.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(100);
  });

  it('never answers 5xx, answers the error shape and changes nothing when it refuses', async () => {
    const routes = app.declaredRoutes.filter(
      (r) => r.url.startsWith('/api/v1') && r.method !== 'HEAD' && !SKIPPED.has(`${r.method} ${r.url}`),
    );
    before = null;
    const failures: string[] = [];
    for (const [index, route] of routes.entries()) {
      try {
        await checkRoute(route, index);
      } catch (error) {
        failures.push(String((error as Error).cause ?? error).slice(0, 700));
        before = null;
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

async function checkRoute(route: DeclaredRoute, index: number) {
  await fc.assert(
    fc.asyncProperty(caseArbitrary(route), async (c) => {
      await sendChecked(route, c, `${c.spoiled}: ${JSON.stringify(c).slice(0, 300)}`);
    }),
    { numRuns: RUNS_PER_ROUTE, seed: SEED + index, endOnFailure: true },
  );
  // Then every field of one valid-shaped request in turn: a NUL, a far date, an overflowing number.
  const sample = fc.sample(validCase(route), { numRuns: 1, seed: SEED + index })[0] as Case;
  for (const part of ['query', 'body'] as const) {
    for (const path of pathsOf(sample[part])) {
      const leaf = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], sample[part]);
      for (const bad of spoilersFor(leaf)) {
        const c = { ...sample, [part]: replaceAt(sample[part], path, bad) };
        await sendChecked(route, c, `${part}.${path.join('.')} := ${JSON.stringify(bad)}`);
      }
    }
  }
  if (route.method === 'GET' || route.method === 'DELETE') return;
  // Nothing at all, and something that is not JSON.
  const empty = { ...sample, body: '', raw: true };
  await sendChecked(route, empty, 'empty body');
  const xml = { ...sample, body: '<a/>', raw: true };
  await sendChecked(route, xml, 'xml', { 'content-type': 'application/xml' });
}
