import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock';
import { buildApp } from '../../src/server/app';
import { createUser } from '../../src/server/modules/identity';
import { firstRun } from '../../src/server/setup/first-run';
import { referralBody } from '../support/factories';
import { createTestDatabase } from '../support/test-database';

/** The enrolment a real installation's first sign-in asks for (ADR 036); answers the full session. */
async function enrolAuthenticator(app: Awaited<ReturnType<typeof buildApp>>, half: Record<string, string>) {
  const started = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/second-factor/enrolment',
    headers: half,
  });
  const code = new TOTP({ secret: Secret.fromBase32(started.json().secret) }).generate();
  const confirmed = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/second-factor/enrolment/confirm',
    headers: half,
    payload: { code },
  });
  expect(confirmed.statusCode).toBe(200);
  return {
    cookie: String(confirmed.headers['set-cookie']).split(';')[0] as string,
    'x-csrf-token': confirmed.json().session.csrfToken as string,
  };
}

describe('first run', () => {
  it('with an administrator configured: that administrator, no zones and no demo data', async () => {
    const database = await createTestDatabase();
    try {
      const result = await firstRun(database.db, {
        adminEmail: 'Beheer@Example.test',
        adminPassword: 'a long secret',
      });
      expect(result).toEqual({ kind: 'administrator', email: 'Beheer@Example.test' });
      const app = await buildApp({ database, databaseKind: 'external' });
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'beheer@example.test', password: 'a long secret' },
      });
      expect(login.statusCode).toBe(200);
      // ADR 036, 054: the first administrator is the platform administrator, who hands out coordinator
      // accounts, so a real installation (no rule set: the default) has them link an authenticator app first.
      expect(login.json()).toEqual({ step: 'enrolment', csrfToken: expect.any(String) });
      const counts = await database.owner.db.execute(
        sql`select (select count(*) from referrals)::int as referrals, (select count(*) from collaboration_zones)::int as zones, (select count(*) from funding_lines)::int as lines`,
      );
      expect(counts.rows[0]).toEqual({ referrals: 0, zones: 0, lines: 7 }); // the preset lines, R23's included
      // A second start changes nothing.
      expect(await firstRun(database.db, { adminEmail: 'other@example.test', adminPassword: 'x' })).toEqual({
        kind: 'existing',
      });
      await app.close();
    } finally {
      await database.drop();
    }
  });

  it('a fresh administrator-only installation knows every municipality and zone and registers a referral at once', async () => {
    const database = await createTestDatabase();
    try {
      await firstRun(database.db, { adminEmail: 'beheer@example.test', adminPassword: 'a long secret' });
      const counts = await database.owner.db.execute(
        sql`select (select count(*) from municipalities)::int as municipalities, (select count(*) from primary_care_zones)::int as zones`,
      );
      expect(counts.rows[0]).toEqual({ municipalities: 304, zones: 57 }); // the shipped table of March 2026
      const app = await buildApp({ database, databaseKind: 'external' });
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'beheer@example.test', password: 'a long secret' },
      });
      const headers = await enrolAuthenticator(app, {
        cookie: String(login.headers['set-cookie']).split(';')[0] as string,
        'x-csrf-token': login.json().csrfToken,
      });
      // Aartselaar (zone RupeLaar) is far from the demo region: only the shipped table knows it.
      const zones = await app.inject({
        method: 'PUT',
        url: '/api/v1/collaboration/zones',
        headers,
        payload: { zones: ['elz43'] },
      });
      expect(zones.statusCode).toBe(200);
      // The installer is the platform administrator and reads no family (ADR 054): the coordinator
      // of their collaboration registers the referral.
      const [collaboration] = (
        await app.inject({ method: 'GET', url: '/api/v1/platform/collaborations', headers })
      ).json();
      expect(collaboration.zones.map((z: { code: string }) => z.code)).toEqual(['elz43']);
      await createUser(database.db, {
        collaborationId: collaboration.id,
        email: 'coordinator@example.test',
        displayName: 'Coördinator',
        password: 'a long secret',
        roles: ['coordinator'],
      });
      const coordinatorLogin = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'coordinator@example.test', password: 'a long secret' },
      });
      const desk = await enrolAuthenticator(app, {
        cookie: String(coordinatorLogin.headers['set-cookie']).split(';')[0] as string,
        'x-csrf-token': coordinatorLogin.json().csrfToken,
      });
      const referral = await app.inject({
        method: 'POST',
        url: '/api/v1/referrals',
        headers: desk,
        payload: referralBody({ family: { ...referralBody().family, municipalityNis: '11001' } }),
      });
      expect(referral.statusCode).toBe(201);
      await app.close();
    } finally {
      await database.drop();
    }
  });

  it('without one: a fictional demo collaboration with a year of referrals and demo logins', async () => {
    const database = await createTestDatabase();
    try {
      const result = await firstRun(database.db, { adminEmail: null, adminPassword: null });
      expect(result.kind).toBe('demo');
      if (result.kind !== 'demo') return;
      expect(result.referrals).toBeGreaterThan(200);
      expect(result.logins.map((l) => l.roles[0])).toEqual(
        expect.arrayContaining(['coordinator', 'steeringMember', 'partnerReferrer', 'administrator']),
      );
      const span = await database.owner.db.execute(
        sql`select min(received_on) as first, max(received_on) as last, count(distinct status)::int as statuses from referrals`,
      );
      const row = span.rows[0] as { first: string; last: string; statuses: number };
      expect(row.statuses).toBe(4);
      expect(new Date(row.last).getTime() - new Date(row.first).getTime()).toBeGreaterThan(330 * 86_400_000);
    } finally {
      await database.drop();
    }
  }, 120_000);

  it('loads the demo on a later day too: after the volunteers line ended (R8), nothing new on it', async () => {
    // The demo as of 15/03/2027 through the injected clock (ADR 027).
    const database = await createTestDatabase();
    try {
      const result = await firstRun(database.db, {
        adminEmail: null,
        adminPassword: null,
        clock: fixedClock('2027-03-15'),
      });
      expect(result.kind).toBe('demo');
      const after = await database.owner.db.execute(
        sql`select count(*)::int as n from referrals r join funding_lines l on l.id = r.funding_line_id
            where l.code = 'volunteers' and (r.received_on > l.ends_on or (r.status = 'started' and r.decided_on > l.ends_on))`,
      );
      expect(after.rows[0]).toEqual({ n: 0 });
      // The year of referrals ends on the clock's day, not the machine's.
      const span = await database.owner.db.execute(
        sql`select min(received_on)::text as first, max(received_on)::text as last from referrals`,
      );
      expect(span.rows[0]).toMatchObject({ last: expect.stringMatching(/^2027-03-(0[89]|1[0-5])$/) });
    } finally {
      await database.drop();
    }
  }, 120_000);
});
