// Passkeys beside the authenticator app, and a lost second factor reset by an administrator or
// coordinator (issue #12 point 3, ADR 040). The passkey is a software authenticator with a real
// ES256 key (tests/support/soft-authenticator.ts): every check of the server runs for real.
import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/roles';
import { createUser } from '../../src/server/modules/identity';
import { browserClient, type Client } from '../support/browser-client';
import { softAuthenticator } from '../support/soft-authenticator';
import { setupTestApp, TEST_PASSWORD } from '../support/test-app';

const PUBLIC_URL = 'http://localhost:3000'; // the test app's EENPLAN_PUBLIC_URL
const t = await setupTestApp({ publicUrl: PUBLIC_URL });
const { send, signIn } = browserClient(t, { remoteAddress: '203.0.113.8' });
let tenant: Awaited<ReturnType<typeof t.createTenant>>;

beforeAll(async () => {
  tenant = await t.createTenant();
});

let counter = 0;
async function newAccount(role: Role) {
  counter += 1;
  const email = `passkey-${counter}-${Date.now()}@example.test`;
  const { id } = await createUser(t.db, {
    collaborationId: tenant.collaboration.id,
    email,
    displayName: `Passkey ${counter}`,
    password: TEST_PASSWORD,
    roles: [role],
  });
  return { id, email };
}

/** Registers a new software passkey on a fully signed-in person's account. */
async function addPasskey(client: Client, name = 'Laptop') {
  const key = softAuthenticator(PUBLIC_URL);
  const options = await send('POST', '/api/v1/auth/passkeys/registration-options', client);
  expect(options.status).toBe(200);
  expect(options.body.rp).toEqual({ id: 'localhost', name: 'eenplan' });
  const added = await send('POST', '/api/v1/auth/passkeys', client, {
    name,
    response: key.register(options.body),
  });
  expect(added.status).toBe(201);
  return { key, passkey: added.body };
}

/** The second step with a passkey: options for the half session, then the key's answer. */
async function verifyWithPasskey(client: Client, key: ReturnType<typeof softAuthenticator>, tweak = {}) {
  const options = await send('POST', '/api/v1/auth/second-factor/passkey-options', client);
  expect(options.status).toBe(200);
  expect(options.body.allowCredentials.map((c: { id: string }) => c.id)).toContain(key.credentialId);
  return send('POST', '/api/v1/auth/second-factor/verify', client, {
    passkey: key.assert(options.body, tweak),
  });
}

const auditOf = async (userId: string) =>
  (
    await t.db.execute(
      sql`select action, actor_user_id, details from audit_events where entity_id = ${userId} order by id`,
    )
  ).rows as { action: string; actor_user_id: string | null; details: Record<string, unknown> | null }[];

describe('passkeys', () => {
  it('are added under a name and listed; sign-in then asks for one, and it signs in on a new session', async () => {
    const person = await newAccount('staffOfficer');
    const first = await signIn(person.email);
    expect(first.body.user.id).toBe(person.id);
    const { key, passkey } = await addPasskey(first.client, 'Werklaptop');
    expect(passkey).toEqual({
      id: expect.any(String),
      name: 'Werklaptop',
      createdAt: expect.any(String),
      lastUsedAt: null,
    });
    const list = await send('GET', '/api/v1/auth/passkeys', first.client);
    expect(list.body).toEqual([passkey]);
    // Neither the key nor the credential id is ever answered.
    expect(JSON.stringify(list.body)).not.toContain(key.credentialId);

    const half = await signIn(person.email);
    expect(half.body).toEqual({ step: 'secondFactor', csrfToken: expect.any(String) });
    const verified = await verifyWithPasskey(half.client, key);
    expect(verified.status).toBe(200);
    expect(verified.body.user.id).toBe(person.id);
    expect(verified.cookie).not.toBe(half.client.cookie);
    const full = { cookie: verified.cookie as string, csrf: verified.body.csrfToken as string };
    expect((await send('GET', '/api/v1/auth/session', full)).status).toBe(200);
    expect((await send('GET', '/api/v1/auth/session', half.client)).status).toBe(401);
    expect((await send('GET', '/api/v1/auth/passkeys', full)).body[0].lastUsedAt).not.toBeNull();

    const trail = await auditOf(person.id);
    expect(trail.map((row) => row.action)).toContain('passkey-added');
    expect(
      trail.find((row) => row.action === 'login' && row.details?.secondFactor === 'passkey'),
    ).toBeDefined();
  });

  it('a challenge is used once, a replayed answer or a counter going back is refused, and so is another origin', async () => {
    const person = await newAccount('staffOfficer');
    const { key } = await addPasskey((await signIn(person.email)).client);
    const half = await signIn(person.email);
    const options = await send('POST', '/api/v1/auth/second-factor/passkey-options', half.client);
    const answer = key.assert(options.body);
    expect(
      (await send('POST', '/api/v1/auth/second-factor/verify', half.client, { passkey: answer })).status,
    ).toBe(200);

    // The same answer on a new half session: its challenge was spent (and is not this session's).
    const again = await signIn(person.email);
    await send('POST', '/api/v1/auth/second-factor/passkey-options', again.client);
    const replayed = await send('POST', '/api/v1/auth/second-factor/verify', again.client, {
      passkey: answer,
    });
    expect([replayed.status, replayed.body.error.code]).toEqual([401, 'SECOND_FACTOR_INVALID']);

    // A cloned authenticator answering with a counter already seen.
    const cloned = await verifyWithPasskey(again.client, key, { counter: 1 });
    expect(cloned.status).toBe(401);
    // A phishing site's origin.
    const phished = await verifyWithPasskey(again.client, key, { origin: 'https://eenplan.example.com' });
    expect(phished.status).toBe(401);
    // Without asking for options first there is no challenge at all.
    const bare = await send('POST', '/api/v1/auth/second-factor/verify', again.client, {
      passkey: key.assert({ challenge: 'bm90LWEtY2hhbGxlbmdl' }),
    });
    expect(bare.status).toBe(401);
    const reasons = (await auditOf(person.id))
      .filter((row) => row.action === 'second-factor-failed')
      .map((row) => row.details?.reason);
    expect(reasons).toEqual(['wrongPasskey', 'wrongPasskey', 'wrongPasskey', 'wrongPasskey']);
    // Still one right answer away.
    expect((await verifyWithPasskey(again.client, key)).status).toBe(200);
  });

  it('a challenge expires, and a registration answer for another session or twice is refused', async () => {
    const person = await newAccount('staffOfficer');
    const laptop = (await signIn(person.email)).client;
    const key = softAuthenticator(PUBLIC_URL);
    const options = await send('POST', '/api/v1/auth/passkeys/registration-options', laptop);
    await t.db.execute(sql`update webauthn_challenges set expires_at = now() - interval '1 second'`);
    const late = await send('POST', '/api/v1/auth/passkeys', laptop, {
      name: 'Laat',
      response: key.register(options.body),
    });
    expect([late.status, late.body.error.code, late.body.error.details[0].field]).toEqual([
      422,
      'PASSKEY_CHALLENGE_EXPIRED',
      'response',
    ]);
    const fresh = await send('POST', '/api/v1/auth/passkeys/registration-options', laptop);
    const response = key.register(fresh.body);
    const phone = (await signIn(person.email)).client;
    expect((await send('POST', '/api/v1/auth/passkeys', phone, { name: 'Ander', response })).status).toBe(
      422,
    );
    expect((await send('POST', '/api/v1/auth/passkeys', laptop, { name: 'Goed', response })).status).toBe(
      201,
    );
    expect((await send('POST', '/api/v1/auth/passkeys', laptop, { name: 'Nogmaals', response })).status).toBe(
      422,
    );
    // Bad shapes are 400s, not 500s.
    expect((await send('POST', '/api/v1/auth/passkeys', laptop, { name: '', response })).status).toBe(400);
    expect(
      (await send('POST', '/api/v1/auth/passkeys', laptop, { name: 'x', response: { id: 1 } })).status,
    ).toBe(400);
  });

  it('are removed by their owner only; without any, the options say there is none', async () => {
    const person = await newAccount('staffOfficer');
    const client = (await signIn(person.email)).client;
    const { passkey } = await addPasskey(client);
    const stranger = await tenant.as('staffOfficer');
    expect((await stranger.del(`/api/v1/auth/passkeys/${passkey.id}`)).status).toBe(404);
    expect((await send('DELETE', `/api/v1/auth/passkeys/${passkey.id}`, client)).status).toBe(204);
    expect((await send('GET', '/api/v1/auth/passkeys', client)).body).toEqual([]);
    expect((await auditOf(person.id)).map((row) => row.action)).toContain('passkey-removed');
    // No second factor any more: a password signs in (this role need not have one).
    expect((await signIn(person.email)).body.user.id).toBe(person.id);
  });

  it('a person with only an authenticator app asking for passkey options hears there is none', async () => {
    const person = await newAccount('staffOfficer');
    const client = (await signIn(person.email)).client;
    const started = await send('POST', '/api/v1/auth/second-factor/enrolment', client);
    await send('POST', '/api/v1/auth/second-factor/enrolment/confirm', client, {
      code: new TOTP({ secret: Secret.fromBase32(started.body.secret) }).generate(),
    });
    const half = await signIn(person.email);
    const options = await send('POST', '/api/v1/auth/second-factor/passkey-options', half.client);
    expect([options.status, options.body.error.code]).toEqual([422, 'PASSKEY_NONE']);
  });
});

describe('resetting a lost second factor', () => {
  it('forgets app, recovery codes and passkeys, ends every session, mails the person, and sends them to enrolment', async () => {
    const desk = await tenant.as('coordinator');
    const person = await newAccount('staffOfficer');
    const laptop = (await signIn(person.email)).client;
    const started = await send('POST', '/api/v1/auth/second-factor/enrolment', laptop);
    await send('POST', '/api/v1/auth/second-factor/enrolment/confirm', laptop, {
      code: new TOTP({ secret: Secret.fromBase32(started.body.secret) }).generate(),
    });
    await addPasskey(laptop);
    const account = (await desk.get('/api/v1/accounts')).body.find((a: { id: string }) => a.id === person.id);

    const reset = await desk.post(`/api/v1/accounts/${person.id}/second-factor/reset`, {
      reason: 'Telefoon verloren, gemeld aan de balie',
    });
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual(account);
    expect((await send('GET', '/api/v1/auth/session', laptop)).status).toBe(401);
    const left = await t.db.execute(sql`
      select (select count(*)::int from sessions where user_id = ${person.id}) as sessions,
             (select count(*)::int from passkeys where user_id = ${person.id}) as passkeys,
             (select count(*)::int from recovery_codes where user_id = ${person.id}) as codes`);
    expect(left.rows[0]).toEqual({ sessions: 0, passkeys: 0, codes: 0 });

    // The mail, in the outbox, to the person: who reset it, and where to sign in.
    const mails = await t.db.execute(
      sql`select recipient, template, body from outbox where recipient = ${person.email}`,
    );
    expect(mails.rows).toHaveLength(1);
    expect(mails.rows[0]).toMatchObject({ template: 'second-factor-reset' });
    expect(String(mails.rows[0]?.body)).toContain(`${PUBLIC_URL}/login`);
    expect(String(mails.rows[0]?.body)).toContain(desk.user.displayName);

    const event = (await auditOf(person.id)).find((row) => row.action === 'second-factor-reset');
    expect(event).toMatchObject({
      actor_user_id: desk.user.id,
      details: {
        reason: 'Telefoon verloren, gemeld aan de balie',
        hadAuthenticator: true,
        passkeysRemoved: 1,
        sessionsEnded: 1,
      },
    });

    // A staff officer's role need not have a second factor, yet the next sign-in asks to enrol again.
    const next = await signIn(person.email);
    expect(next.body).toEqual({ step: 'enrolment', csrfToken: expect.any(String) });
    const again = await send('POST', '/api/v1/auth/second-factor/enrolment', next.client);
    const confirmed = await send('POST', '/api/v1/auth/second-factor/enrolment/confirm', next.client, {
      code: new TOTP({ secret: Secret.fromBase32(again.body.secret) }).generate(),
    });
    expect(confirmed.body.session.user.id).toBe(person.id);
    expect((await signIn(person.email)).body.step).toBe('secondFactor');
  });

  it('is never one’s own, needs a reason, is only for who manages accounts, and a coordinator cannot reset an administrator', async () => {
    const desk = await tenant.as('coordinator');
    const own = await desk.post(`/api/v1/accounts/${desk.user.id}/second-factor/reset`, { reason: 'kwijt' });
    expect([own.status, own.body.error.code]).toEqual([422, 'ACCOUNT_RESET_OWN_SECOND_FACTOR']);
    const person = await newAccount('liaisonWorker');
    expect(
      (await desk.post(`/api/v1/accounts/${person.id}/second-factor/reset`, { reason: '  ' })).status,
    ).toBe(400);
    const worker = await tenant.as('liaisonWorker');
    expect(
      (await worker.post(`/api/v1/accounts/${person.id}/second-factor/reset`, { reason: 'kwijt' })).status,
    ).toBe(403);
    const administrator = await newAccount('administrator');
    const byDesk = await desk.post(`/api/v1/accounts/${administrator.id}/second-factor/reset`, {
      reason: 'kwijt',
    });
    expect([byDesk.status, byDesk.body.error.code]).toEqual([422, 'ROLE_NOT_GRANTABLE']);
    const admin = await tenant.as('administrator');
    expect(
      (await admin.post(`/api/v1/accounts/${administrator.id}/second-factor/reset`, { reason: 'kwijt' }))
        .status,
    ).toBe(200);
    const stranger = await (await t.createTenant()).as('coordinator');
    expect(
      (await stranger.post(`/api/v1/accounts/${person.id}/second-factor/reset`, { reason: 'kwijt' })).status,
    ).toBe(404);
  });
});
