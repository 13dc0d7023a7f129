// Sign-in that withstands guessing (issue #10, ADR 018): the rate limit is not escaped with a
// forged header, accounts lock after 10 failures in a row, every attempt leaves an audit row,
// sessions end when idle and after a working day, and family data is never cached.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createUser } from '../../src/server/modules/identity';
import { firstRun } from '../../src/server/setup/first-run';
import { referralBody } from '../support/factories';
import { startedFamily } from '../support/journey';
import { type Session, setupTestApp, TEST_PASSWORD } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

const t = await setupTestApp();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
});

let counter = 0;
/** A fresh account of the tenant that nobody has signed in to yet. */
async function newAccount(role: 'liaisonWorker' | 'coordinator' = 'liaisonWorker') {
  counter += 1;
  const email = `signin-${counter}-${Date.now()}@example.test`;
  const { id } = await createUser(t.db, {
    collaborationId: tenant.collaboration.id,
    email,
    displayName: `Sign-in ${counter}`,
    password: TEST_PASSWORD,
    roles: [role],
  });
  return { id, email };
}

let address = 0;
/** A login from a socket address of its own (every call another one unless given). */
async function loginFrom(
  body: { email: string; password: string },
  options: { remoteAddress?: string; headers?: Record<string, string>; app?: typeof t.app } = {},
) {
  address += 1;
  const res = await (options.app ?? t.app).inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: options.remoteAddress ?? `192.0.2.${address % 250}`,
    headers: { 'content-type': 'application/json', ...options.headers },
    payload: JSON.stringify(body),
  });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
}

const lockState = async (id: string) =>
  (await t.db.execute(sql`select failed_sign_ins, locked_until from users where id = ${id}`)).rows[0] as {
    failed_sign_ins: number;
    locked_until: Date | null;
  };

const failedAudit = async (entityId: string) =>
  (
    await t.db.execute(
      sql`select collaboration_id, actor_user_id, details from audit_events
          where action = 'login-failed' and entity_id = ${entityId} order by id`,
    )
  ).rows as {
    collaboration_id: string | null;
    actor_user_id: string | null;
    details: Record<string, unknown>;
  }[];

describe('the rate limit of sign-in', () => {
  it('is not escaped by changing X-Forwarded-For, and says the real wait in the caller’s language', async () => {
    const target = { email: 'forged-header@example.test', password: 'not the password' };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const res = await loginFrom(target, {
        remoteAddress: '198.51.100.7',
        headers: { 'x-forwarded-for': `203.0.113.${i}` },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);

    const again = (lang: string) =>
      loginFrom(target, { remoteAddress: '198.51.100.7', headers: { 'accept-language': lang } });
    const nl = await again('nl-BE');
    expect(nl.body.error).toMatchObject({ code: 'TOO_MANY_SIGN_IN_ATTEMPTS' });
    expect(nl.body.error.message).toBe('Te veel aanmeldpogingen. Probeer het over 15 minuten opnieuw.');
    expect((await again('en')).body.error.message).toBe(
      'Too many sign-in attempts. Try again in 15 minutes.',
    );
    expect((await again('fr')).body.error.message).toBe(
      'Trop de tentatives de connexion. Réessayez dans 15 minutes.',
    );
    expect(Number(nl.headers['retry-after'])).toBeGreaterThan(14 * 60);
  });

  it('honours X-Forwarded-For only from a configured trusted proxy', async () => {
    const app = await buildApp({
      database: t.database,
      databaseKind: 'external',
      trustedProxies: ['10.0.0.1', '10.1.0.0/16'],
    });
    try {
      const target = { email: 'behind-proxy@example.test', password: 'not the password' };
      // Through the proxy: each forwarded client is a client of its own.
      for (let i = 0; i < 12; i += 1) {
        const res = await loginFrom(target, {
          app,
          remoteAddress: i % 2 ? '10.0.0.1' : '10.1.4.2',
          headers: { 'x-forwarded-for': `203.0.113.${i}` },
        });
        expect(res.status).toBe(401);
      }
      // Not the proxy: the header is ignored, the socket's address counts.
      const statuses: number[] = [];
      for (let i = 0; i < 11; i += 1) {
        const res = await loginFrom(target, {
          app,
          remoteAddress: '10.2.0.9',
          headers: { 'x-forwarded-for': `203.0.113.${100 + i}` },
        });
        statuses.push(res.status);
      }
      expect(statuses[9]).toBe(401);
      expect(statuses[10]).toBe(429);
    } finally {
      await app.close();
    }
  });
});

describe('account lockout', () => {
  it('locks after 10 failures in a row from any addresses, with the same answer as a wrong password', async () => {
    const account = await newAccount();
    const wrong = await loginFrom({ email: account.email, password: 'wrong guess 1' });
    for (let i = 2; i <= 10; i += 1) await loginFrom({ email: account.email, password: `wrong guess ${i}` });
    const state = await lockState(account.id);
    expect(state.failed_sign_ins).toBe(10);
    const lockedFor = new Date(state.locked_until as Date).getTime() - Date.now();
    expect(lockedFor).toBeGreaterThan(14 * 60_000);
    expect(lockedFor).toBeLessThanOrEqual(15 * 60_000);

    // The right password from a fresh address: refused, indistinguishable from a wrong one.
    const locked = await loginFrom({ email: account.email, password: TEST_PASSWORD });
    expect(locked.status).toBe(401);
    expect(locked.body).toEqual(wrong.body);
    expect((await failedAudit(account.id)).at(-1)?.details).toMatchObject({ reason: 'locked' });

    // Once the lock has run out, the right password works again and the counter starts over.
    await t.db.execute(
      sql`update users set locked_until = now() - interval '1 second' where id = ${account.id}`,
    );
    expect((await loginFrom({ email: account.email, password: TEST_PASSWORD })).status).toBe(200);
    expect(await lockState(account.id)).toEqual({ failed_sign_ins: 0, locked_until: null });
  });

  it('a successful sign-in resets the counter', async () => {
    const account = await newAccount();
    for (let i = 0; i < 9; i += 1) await loginFrom({ email: account.email, password: `wrong ${i}` });
    expect((await loginFrom({ email: account.email, password: TEST_PASSWORD })).status).toBe(200);
    expect((await lockState(account.id)).failed_sign_ins).toBe(0);
    for (let i = 0; i < 9; i += 1) await loginFrom({ email: account.email, password: `wrong ${i}` });
    expect((await loginFrom({ email: account.email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('parallel guesses cannot try more than 10 passwords', async () => {
    const account = await newAccount();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => loginFrom({ email: account.email, password: `parallel ${i}` })),
    );
    expect(results.every((r) => r.status === 401)).toBe(true);
    const reasons = (await failedAudit(account.id)).map((r) => r.details.reason);
    expect(reasons.filter((r) => r === 'wrongPassword')).toHaveLength(10);
    expect(reasons.filter((r) => r === 'locked')).toHaveLength(15);
    expect((await lockState(account.id)).failed_sign_ins).toBe(10);
  });

  it('a coordinator unlocks an account of the collaboration, audited; others cannot', async () => {
    const account = await newAccount();
    for (let i = 0; i < 10; i += 1) await loginFrom({ email: account.email, password: `wrong ${i}` });
    expect((await loginFrom({ email: account.email, password: TEST_PASSWORD })).status).toBe(401);

    const locked = await desk.get('/api/v1/users/locked');
    expect(locked.body).toContainEqual({
      id: account.id,
      displayName: expect.any(String),
      lockedUntil: expect.any(String),
    });

    const worker = await tenant.as('liaisonWorker');
    expect((await worker.get('/api/v1/users/locked')).status).toBe(403);
    expect((await worker.post(`/api/v1/users/${account.id}/unlock`)).status).toBe(403);
    const stranger = await (await t.createTenant()).as('coordinator');
    expect((await stranger.post(`/api/v1/users/${account.id}/unlock`)).status).toBe(404);
    expect((await lockState(account.id)).failed_sign_ins).toBe(10);

    expect((await desk.post(`/api/v1/users/${account.id}/unlock`)).status).toBe(204);
    expect(await lockState(account.id)).toEqual({ failed_sign_ins: 0, locked_until: null });
    expect((await desk.get('/api/v1/users/locked')).body.map((a: { id: string }) => a.id)).not.toContain(
      account.id,
    );
    const audit = await t.db.execute(
      sql`select actor_user_id, collaboration_id from audit_events where action = 'unlock' and entity_id = ${account.id}`,
    );
    expect(audit.rows).toEqual([{ actor_user_id: desk.user.id, collaboration_id: tenant.collaboration.id }]);
    expect((await loginFrom({ email: account.email, password: TEST_PASSWORD })).status).toBe(200);
  });
});

describe('the audit trail of signing in', () => {
  it('records a failed sign-in with the account, never the password', async () => {
    const account = await newAccount();
    await loginFrom({ email: account.email, password: 'my secret guess' });
    const rows = await failedAudit(account.id);
    expect(rows).toEqual([
      {
        collaboration_id: tenant.collaboration.id,
        actor_user_id: null,
        details: { reason: 'wrongPassword', failedSignIns: 1 },
      },
    ]);
  });

  it('records an unknown address without collaboration or account, and only as a hash', async () => {
    const email = `Nobody-${Date.now()}@Example.test`;
    await loginFrom({ email, password: 'my secret guess' });
    const hash = createHash('sha256').update(email.toLowerCase()).digest('hex');
    const rows = await t.db.execute(
      sql`select collaboration_id, entity_id, details::text as details from audit_events
          where action = 'login-failed' and details->>'emailHash' = ${hash}`,
    );
    expect(rows.rows).toEqual([
      { collaboration_id: null, entity_id: 'unknown', details: expect.stringContaining('unknownAccount') },
    ]);
    const leaked = await t.db.execute(
      sql`select count(*)::int as n from audit_events where details::text ilike ${`%${email.split('@')[0]}%`} or details::text like '%my secret guess%'`,
    );
    expect(leaked.rows[0]).toEqual({ n: 0 });
  });

  it('records signing in and signing out', async () => {
    const account = await newAccount();
    const session = await t.login(account.email);
    expect((await session.post('/api/v1/auth/logout')).status).toBe(204);
    const rows = await t.db.execute(
      sql`select action, actor_user_id from audit_events where entity_id = ${account.id} order by id`,
    );
    expect(rows.rows).toEqual([
      { action: 'login', actor_user_id: account.id },
      { action: 'logout', actor_user_id: account.id },
    ]);
  });
});

describe('sessions', () => {
  const ago = (session: Session, column: 'last_seen_at' | 'created_at', interval: string) =>
    t.db.execute(
      sql`update sessions set ${sql.raw(column)} = now() - ${interval}::interval
          where id = encode(sha256(${session.cookie.split('=')[1]}::bytea), 'hex')`,
    );
  const sessionsOf = async (userId: string) =>
    (
      (await t.db.execute(sql`select count(*)::int as n from sessions where user_id = ${userId}`))
        .rows[0] as {
        n: number;
      }
    ).n;

  it('end after 30 minutes without activity; the ended session is deleted', async () => {
    const account = await newAccount();
    const session = await t.login(account.email);
    await ago(session, 'last_seen_at', '29 minutes');
    expect((await session.get('/api/v1/auth/session')).status).toBe(200);
    await ago(session, 'last_seen_at', '31 minutes');
    expect((await session.get('/api/v1/auth/session')).status).toBe(401);
    expect(await sessionsOf(account.id)).toBe(0);
  });

  it('end 12 hours after signing in, however active', async () => {
    const account = await newAccount();
    const session = await t.login(account.email);
    await ago(session, 'created_at', '11 hours 58 minutes');
    expect((await session.get('/api/v1/auth/session')).status).toBe(200);
    await ago(session, 'created_at', '12 hours 1 minute');
    expect((await session.get('/api/v1/auth/session')).status).toBe(401);
    expect(await sessionsOf(account.id)).toBe(0);
  });

  it('follow the policy an administrator sets for the collaboration, within bounds', async () => {
    const own = await t.createTenant();
    const admin = await own.as('administrator');
    const worker = await own.as('liaisonWorker');
    expect((await admin.get('/api/v1/auth/session-policy')).body).toEqual({ idleMinutes: 30, maxHours: 12 });
    expect((await worker.put('/api/v1/auth/session-policy', { idleMinutes: 480, maxHours: 24 })).status).toBe(
      403,
    );
    const tooLong = await admin.put('/api/v1/auth/session-policy', { idleMinutes: 60, maxHours: 25 });
    expect([tooLong.status, tooLong.body.error.details[0].field]).toEqual([400, 'maxHours']);
    const tooShort = await admin.put('/api/v1/auth/session-policy', { idleMinutes: 2, maxHours: 8 });
    expect([tooShort.status, tooShort.body.error.details[0].field]).toEqual([400, 'idleMinutes']);
    expect((await admin.get('/api/v1/auth/session-policy')).body).toEqual({ idleMinutes: 30, maxHours: 12 });

    const set = await admin.put('/api/v1/auth/session-policy', { idleMinutes: 60, maxHours: 8 });
    expect([set.status, set.body]).toEqual([200, { idleMinutes: 60, maxHours: 8 }]);
    await ago(worker, 'last_seen_at', '45 minutes');
    expect((await worker.get('/api/v1/auth/session')).status).toBe(200);
    await ago(worker, 'created_at', '8 hours 1 minute');
    expect((await worker.get('/api/v1/auth/session')).status).toBe(401);
    // Another collaboration keeps the defaults.
    const other = await newAccount();
    const elsewhere = await t.login(other.email);
    await ago(elsewhere, 'last_seen_at', '45 minutes');
    expect((await elsewhere.get('/api/v1/auth/session')).status).toBe(401);
  });
});

describe('caching', () => {
  it('answers with family data are never stored by a browser or proxy', async () => {
    const { referralId, familyId } = await startedFamily(desk);
    for (const url of [
      `/api/v1/families/${familyId}`,
      `/api/v1/referrals/${referralId}`,
      '/api/v1/referrals',
    ]) {
      const res = await desk.get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
      expect(res.headers.pragma, url).toBe('no-cache');
    }
    const refused = await t.request('GET', `/api/v1/referrals/${referralId}`);
    expect([refused.status, refused.headers['cache-control']]).toEqual([401, 'no-store']);
    expect((await desk.post('/api/v1/referrals', referralBody())).headers['cache-control']).toBe('no-store');
  });
});

describe('passwords', () => {
  it('an account cannot get a short or common password', async () => {
    for (const [password, code] of [
      ['x', 'PASSWORD_TOO_SHORT'],
      ['elf tekens!', 'PASSWORD_TOO_SHORT'],
      ['qwerty123456', 'PASSWORD_TOO_COMMON'],
    ] as const) {
      await expect(
        createUser(t.db, {
          collaborationId: tenant.collaboration.id,
          email: `weak-${code}-${password.length}@example.test`,
          displayName: 'Weak',
          password,
          roles: ['liaisonWorker'],
        }),
      ).rejects.toMatchObject({ status: 422, code });
    }
    const weak = await t.db.execute(sql`select count(*)::int as n from users where email like 'weak-%'`);
    expect(weak.rows[0]).toEqual({ n: 0 });
  });

  it('a first start refuses an administrator password that is too short or common, and creates nothing', async () => {
    const database = await createTestDatabase();
    try {
      await expect(
        firstRun(database.db, { adminEmail: 'admin@example.test', adminPassword: 'x' }),
      ).rejects.toThrow(/EENPLAN_ADMIN_PASSWORD is too short: use at least 12 characters/);
      await expect(
        firstRun(database.db, { adminEmail: 'admin@example.test', adminPassword: 'password1234' }),
      ).rejects.toThrow(/EENPLAN_ADMIN_PASSWORD is one of the most common passwords/);
      const counts = await database.owner.db.execute(
        sql`select (select count(*) from users)::int as users, (select count(*) from collaborations)::int as collaborations`,
      );
      expect(counts.rows[0]).toEqual({ users: 0, collaborations: 0 });
    } finally {
      await database.drop();
    }
  });
});
