// The second factor (issue #12 point 3, ADR 036): TOTP codes right, wrong and replayed; recovery
// codes once; the half-signed-in step that can do nothing else; the collaboration's rule that
// sends a person to enrolment; where a person is signed in, and signing out there (ADR 037).
import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/roles';
import { createUser } from '../../src/server/modules/identity';
import { browserClient, type Client } from '../support/browser-client';
import { setupTestApp, TEST_PASSWORD } from '../support/test-app';

const t = await setupTestApp();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;

beforeAll(async () => {
  tenant = await t.createTenant();
});

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const { send, signIn } = browserClient(t, { remoteAddress: '203.0.113.77', userAgent: FIREFOX });
const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let counter = 0;
async function newAccount(role: Role, collaborationId = tenant.collaboration.id) {
  counter += 1;
  const email = `second-factor-${counter}-${Date.now()}@example.test`;
  const { id } = await createUser(t.db, {
    collaborationId,
    email,
    displayName: `Tweede factor ${counter}`,
    password: TEST_PASSWORD,
    roles: [role],
  });
  return { id, email };
}

const codeOf = (secret: string, at = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at });

/** Enrols an authenticator for a fully signed-in person; answers its secret and recovery codes. */
async function enrol(client: Client) {
  const started = await send('POST', '/api/v1/auth/second-factor/enrolment', client);
  expect(started.status).toBe(200);
  const secret = started.body.secret as string;
  const confirmed = await send('POST', '/api/v1/auth/second-factor/enrolment/confirm', client, {
    code: codeOf(secret),
  });
  expect(confirmed.status).toBe(200);
  return { secret, recoveryCodes: confirmed.body.recoveryCodes as string[], confirmed };
}

const auditActions = async (userId: string) =>
  (await t.db.execute(sql`select action, details from audit_events where entity_id = ${userId} order by id`))
    .rows as { action: string; details: Record<string, unknown> | null }[];

describe('an authenticator app as second factor', () => {
  it('once enrolled, sign-in asks for its code; a right code signs in on a new session', async () => {
    const person = await newAccount('staffOfficer');
    const first = await signIn(person.email);
    expect(first.body.user.id).toBe(person.id); // not required for this role, not yet enrolled
    const { secret, recoveryCodes, confirmed } = await enrol(first.client);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(confirmed.body.session).toBeNull(); // already signed in: the session stays
    // The secret is never answered again, and the QR code was drawn here (an SVG, no URL to a service).
    const status = await send('GET', '/api/v1/auth/second-factor', first.client);
    expect(status.body).toEqual({ isEnrolled: true, isRequired: false, recoveryCodesLeft: 10 });
    expect(JSON.stringify(status.body)).not.toContain(secret);

    const half = await signIn(person.email);
    expect(half.body).toEqual({ step: 'secondFactor', csrfToken: expect.any(String) });
    // Wait for the next step, so this code is not the one enrolment already used.
    const code = codeOf(secret, Date.now() + 30_000);
    const verified = await send('POST', '/api/v1/auth/second-factor/verify', half.client, { code });
    expect(verified.status).toBe(200);
    expect(verified.body.user.id).toBe(person.id);
    expect(verified.cookie).toBeDefined();
    expect(verified.cookie).not.toBe(half.client.cookie);
    const full = { cookie: verified.cookie as string, csrf: verified.body.csrfToken as string };
    expect((await send('GET', '/api/v1/auth/session', full)).status).toBe(200);
    // The half session's cookie is worth nothing now.
    expect((await send('GET', '/api/v1/auth/session', half.client)).status).toBe(401);

    // The same code again (replayed, seen over a shoulder) does not sign in a second time.
    const again = await signIn(person.email);
    const replayed = await send('POST', '/api/v1/auth/second-factor/verify', again.client, { code });
    expect(replayed.status).toBe(401);
    expect(replayed.body.error.code).toBe('SECOND_FACTOR_INVALID');

    const actions = (await auditActions(person.id)).map((row) => row.action);
    expect(actions).toContain('second-factor-enrolled');
    expect(actions).toContain('second-factor-due');
    expect(actions).toContain('second-factor-failed');
    const trail = JSON.stringify(await auditActions(person.id));
    expect(trail).not.toContain(secret);
    expect(trail).not.toContain(code);
  });

  it('a half-signed-in person can do nothing but the second step, and cannot enrol anew instead', async () => {
    const person = await newAccount('coordinator');
    const { secret } = await enrol((await signIn(person.email)).client);
    const half = await signIn(person.email);
    for (const url of ['/api/v1/auth/session', '/api/v1/referrals', '/api/v1/auth/sessions']) {
      const res = await send('GET', url, half.client);
      expect(res.status, url).toBe(401);
      expect(res.body.error.code).toBe('SIGN_IN_INCOMPLETE');
    }
    const reEnrol = await send('POST', '/api/v1/auth/second-factor/enrolment', half.client);
    expect(reEnrol.status).toBe(401);
    const wrong = await send('POST', '/api/v1/auth/second-factor/verify', half.client, {
      code: codeOf(secret) === '000000' ? '111111' : '000000',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toMatch(/code/);
    // Giving up is allowed: sign-out works in the half state.
    expect((await send('POST', '/api/v1/auth/logout', half.client)).status).toBe(204);
  });

  it('a recovery code signs in once', async () => {
    const person = await newAccount('liaisonWorker');
    const { recoveryCodes } = await enrol((await signIn(person.email)).client);
    const recoveryCode = (recoveryCodes[3] as string).toLowerCase(); // typed in lower case: the same code
    const half = await signIn(person.email);
    const used = await send('POST', '/api/v1/auth/second-factor/verify', half.client, { recoveryCode });
    expect(used.status).toBe(200);
    const full = { cookie: used.cookie as string, csrf: used.body.csrfToken as string };
    expect((await send('GET', '/api/v1/auth/second-factor', full)).body.recoveryCodesLeft).toBe(9);

    const second = await signIn(person.email);
    const reused = await send('POST', '/api/v1/auth/second-factor/verify', second.client, { recoveryCode });
    expect(reused.status).toBe(401);
    const used2 = (await auditActions(person.id)).find((row) => row.action === 'recovery-code-used');
    expect(used2?.details).toEqual({ left: 9 });
  });

  it('wrong codes count against the account lockout, so a known password buys no fresh guesses', async () => {
    const person = await newAccount('staffOfficer');
    const { secret } = await enrol((await signIn(person.email)).client);
    const wrongCode = (at: number) => (codeOf(secret, at) === '123456' ? '654321' : '123456');
    const half = await signIn(person.email); // the password attempt counts: 1
    for (let i = 0; i < 9; i += 1) {
      const res = await send(
        'POST',
        '/api/v1/auth/second-factor/verify',
        half.client,
        { code: wrongCode(Date.now()) },
        { remoteAddress: `198.51.100.${i + 1}` },
      );
      expect(res.status).toBe(401);
    }
    const state = (
      await t.db.execute(sql`select failed_sign_ins, locked_until from users where id = ${person.id}`)
    ).rows[0] as { failed_sign_ins: number; locked_until: Date | null };
    expect(state.failed_sign_ins).toBe(10);
    expect(state.locked_until).not.toBeNull();
    // Locked: even the right code is refused, with the same answer.
    const right = await send(
      'POST',
      '/api/v1/auth/second-factor/verify',
      half.client,
      { code: codeOf(secret, Date.now() + 30_000) },
      { remoteAddress: '198.51.100.99' },
    );
    expect(right.status).toBe(401);
    expect(right.body.error.code).toBe('SECOND_FACTOR_INVALID');
  });

  it('a code of the wrong format is a 400 naming the field, not a 500', async () => {
    const person = await newAccount('staffOfficer');
    await enrol((await signIn(person.email)).client);
    const half = await signIn(person.email);
    const res = await send('POST', '/api/v1/auth/second-factor/verify', half.client, { code: 'abc' });
    expect(res.status).toBe(400);
  });
});

describe("the collaboration's rule", () => {
  it('by default sends the roles that open family files to enrolment, and lets the others in', async () => {
    const other = await t.createTenant({ secondFactorRequiredFor: 'nobody' });
    // No row: the default of a new collaboration (a real installation).
    await t.db.execute(
      sql`delete from second_factor_policies where collaboration_id = ${other.collaboration.id}`,
    );
    const staff = await newAccount('staffOfficer', other.collaboration.id);
    expect((await signIn(staff.email)).body.user.id).toBe(staff.id);

    const coordinator = await newAccount('coordinator', other.collaboration.id);
    const half = await signIn(coordinator.email);
    expect(half.body).toEqual({ step: 'enrolment', csrfToken: expect.any(String) });
    expect((await send('GET', '/api/v1/referrals', half.client)).status).toBe(401);
    // Enrolment is the one thing it can do; confirming it signs in on a new session.
    const started = await send('POST', '/api/v1/auth/second-factor/enrolment', half.client);
    expect(started.status).toBe(200);
    expect(started.body.qrCodeSvg).toMatch(/^<svg/);
    expect(started.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/eenplan:/);
    const wrong = await send('POST', '/api/v1/auth/second-factor/enrolment/confirm', half.client, {
      code: codeOf(started.body.secret) === '000000' ? '111111' : '000000',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details[0].field).toBe('code');
    const confirmed = await send('POST', '/api/v1/auth/second-factor/enrolment/confirm', half.client, {
      code: codeOf(started.body.secret),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(confirmed.body.session.user.id).toBe(coordinator.id);
    const full = { cookie: confirmed.cookie as string, csrf: confirmed.body.session.csrfToken as string };
    expect((await send('GET', '/api/v1/referrals', full)).status).toBe(200);
    expect((await send('GET', '/api/v1/referrals', half.client)).status).toBe(401);
    // From now on, sign-in asks for the code.
    expect((await signIn(coordinator.email)).body.step).toBe('secondFactor');
  });

  it('an administrator requires it of everyone; the change is audited; others may not change it', async () => {
    const other = await t.createTenant();
    const admin = await other.as('administrator');
    const worker = await other.as('liaisonWorker');
    expect((await admin.get('/api/v1/auth/second-factor-policy')).body).toEqual({ requiredFor: 'nobody' });
    expect((await worker.put('/api/v1/auth/second-factor-policy', { requiredFor: 'everyone' })).status).toBe(
      403,
    );
    expect((await admin.put('/api/v1/auth/second-factor-policy', { requiredFor: 'sometimes' })).status).toBe(
      400,
    );
    const set = await admin.put('/api/v1/auth/second-factor-policy', { requiredFor: 'everyone' });
    expect(set.body).toEqual({ requiredFor: 'everyone' });
    const referrer = await newAccount('partnerReferrer', other.collaboration.id);
    expect((await signIn(referrer.email)).body.step).toBe('enrolment');
    const audit = await t.db.execute(
      sql`select details from audit_events where action = 'session-policy' and entity_id = ${other.collaboration.id}`,
    );
    expect(audit.rows.map((r) => r.details)).toContainEqual({
      secondFactorRequiredFor: { before: 'nobody', after: 'everyone' },
    });
  });
});

describe('where a person is signed in', () => {
  it('lists each device with its network, not its address, and signs out one or all others', async () => {
    const person = await newAccount('staffOfficer');
    const laptop = (await signIn(person.email)).client;
    const phone = (await signIn(person.email, { userAgent: SAFARI })).client;
    const tablet = (await signIn(person.email, { userAgent: SAFARI })).client;
    const list = await send('GET', '/api/v1/auth/sessions', laptop);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(3);
    const current = list.body.find((s: { isCurrent: boolean }) => s.isCurrent);
    expect(current).toMatchObject({ device: 'Firefox 128 · Windows', network: '203.0.113.0/24' });
    expect(JSON.stringify(list.body)).not.toContain('203.0.113.77');
    const phoneRow = list.body.find((s: { device: string }) => s.device.startsWith('Safari'));
    expect(phoneRow.device).toBe('Safari 17 · iOS');

    // One other device.
    expect((await send('DELETE', `/api/v1/auth/sessions/${phoneRow.id}`, laptop)).status).toBe(204);
    const remaining = (await send('GET', '/api/v1/auth/sessions', laptop)).body;
    expect(remaining).toHaveLength(2);
    const gone = await send('GET', '/api/v1/auth/session', phone);
    const stillThere = await send('GET', '/api/v1/auth/session', tablet);
    expect([gone.status, stillThere.status].sort()).toEqual([200, 401]);

    // Someone else's session is not found, whoever asks.
    const stranger = await tenant.as('staffOfficer');
    const other = (
      await send('GET', '/api/v1/auth/sessions', { cookie: stranger.cookie, csrf: stranger.csrf })
    ).body[0];
    expect((await send('DELETE', `/api/v1/auth/sessions/${other.id}`, laptop)).status).toBe(404);
    expect((await stranger.get('/api/v1/auth/session')).status).toBe(200);

    // Every other one.
    const ended = await send('POST', '/api/v1/auth/sessions/sign-out-others', laptop);
    expect(ended.body).toEqual({ ended: 1 });
    expect((await send('GET', '/api/v1/auth/session', tablet)).status).toBe(401);
    expect((await send('GET', '/api/v1/auth/session', laptop)).status).toBe(200);
    const revoked = (await auditActions(person.id)).filter((row) => row.action === 'session-revoked');
    expect(revoked.map((row) => row.details)).toEqual([
      { sessions: 1, isCurrent: false },
      { sessions: 1, others: true },
    ]);
  });
});
