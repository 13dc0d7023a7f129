import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { referralBody } from '../support/factories';
import { setupTestApp, TEST_PASSWORD } from '../support/test-app';

const t = await setupTestApp();
let email: string;

beforeAll(async () => {
  const tenant = await t.createTenant();
  email = (await tenant.as('coordinator')).user.email;
});

describe('signing in', () => {
  it('returns the user and a CSRF token and sets an httpOnly session cookie', async () => {
    const res = await t.request('POST', '/api/v1/auth/login', { body: { email, password: TEST_PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email, roles: ['coordinator'], locale: 'nl' });
    expect(res.body.user.permissions).toContain('referral:decide');
    expect(res.body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/eenplan_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // Only a hash of the token is stored.
    const token = cookie.split(';')[0]?.split('=')[1] as string;
    const stored = await t.db.execute(sql`select count(*)::int as n from sessions where id = ${token}`);
    expect((stored.rows[0] as { n: number }).n).toBe(0);
  });

  it('answers wrong credentials with 401 INVALID_CREDENTIALS, the same for an unknown address', async () => {
    const wrong = await t.request('POST', '/api/v1/auth/login', { body: { email, password: 'nope' } });
    const unknown = await t.request('POST', '/api/v1/auth/login', {
      body: { email: 'nobody@example.test', password: 'nope' },
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('stores passwords as argon2id hashes', async () => {
    const result = await t.db.execute(sql`select password_hash from users where email = ${email}`);
    expect((result.rows[0] as { password_hash: string }).password_hash).toMatch(/^\$argon2id\$/);
  });

  it('slows down guessing: the 11th attempt on one address within 15 minutes gets 429', async () => {
    const target = 'ratelimit@example.test';
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      statuses.push(
        (await t.request('POST', '/api/v1/auth/login', { body: { email: target, password: 'x' } })).status,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Another address from the same office is not locked out.
    const other = await t.request('POST', '/api/v1/auth/login', { body: { email, password: TEST_PASSWORD } });
    expect(other.status).toBe(200);
  });
});

describe('a session', () => {
  it('restores the user, needs the CSRF token to change anything, and ends at logout', async () => {
    const session = await t.login(email);
    const me = await session.get('/api/v1/auth/session');
    expect(me.body).toMatchObject({ user: { email }, csrfToken: session.csrf });

    const count = async () =>
      ((await t.db.execute(sql`select count(*)::int as n from referrals`)).rows[0] as { n: number }).n;
    const before = await count();
    const forged = await t.request('POST', '/api/v1/referrals', {
      body: referralBody(),
      cookie: session.cookie,
    });
    expect([forged.status, forged.body.error.code]).toEqual([403, 'CSRF_TOKEN_INVALID']);
    const wrongToken = await t.request('POST', '/api/v1/referrals', {
      body: referralBody(),
      cookie: session.cookie,
      csrf: 'x'.repeat(43),
    });
    expect(wrongToken.status).toBe(403);
    expect(await count()).toBe(before);

    expect((await session.put('/api/v1/auth/locale', { locale: 'fr' })).status).toBe(204);
    expect((await session.get('/api/v1/auth/session')).body.user.locale).toBe('fr');
    // The user's language is the default for messages when the client does not ask for one.
    expect(
      (await session.get('/api/v1/referrals/00000000-0000-4000-8000-000000000000')).body.error.message,
    ).toBe('Introuvable.');

    expect((await session.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await session.get('/api/v1/auth/session')).status).toBe(401);
  });
});
