// People and accounts (issue 12 points 2 and 3, ADR 034): invited by e-mail with their roles,
// roles changed, deactivated (every session ends at once), re-invited; the invitation link is
// used once, expires, and answers every bad token with a clear code — never a 500.
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let admin: Session;

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  admin = await tenant.as('administrator');
});

let counter = 0;
const person = (overrides: Record<string, unknown> = {}) => {
  counter += 1;
  return {
    email: `Invited-${counter}-${Date.now()}@Example.test`,
    displayName: `Invited ${counter}`,
    roles: ['liaisonWorker'],
    ...overrides,
  };
};

/**
 * A link the tests know: the token's hash stored as the app stores it, for the invited person.
 * (The e-mailed link itself is read from the outbox in the journey test.)
 */
async function linkFor(userId: string, options: { expiresAt?: Date } = {}) {
  const token = randomBytes(32).toString('base64url');
  const hash = createHash('sha256').update(token).digest('hex');
  const expiresAt = options.expiresAt ?? new Date(Date.now() + 24 * 3600 * 1000);
  await t.db.execute(
    sql`update invitations set revoked_at = now() where user_id = ${userId} and used_at is null and revoked_at is null`,
  );
  await t.db.execute(
    sql`insert into invitations (collaboration_id, user_id, token_hash, invited_by, created_at, expires_at)
        values (${tenant.collaboration.id}, ${userId}, ${hash}, ${desk.user.id}, now(), ${expiresAt.toISOString()})`,
  );
  return token;
}

const accept = (token: string, password = 'a long enough passphrase') =>
  t.request('POST', '/api/v1/invitations/accept', { body: { token, password } });

const auditOf = async (id: string) =>
  (
    await t.db.execute(
      sql`select action, actor_user_id, details from audit_events where entity_id = ${id} order by id`,
    )
  ).rows as { action: string; actor_user_id: string | null; details: Record<string, unknown> | null }[];

describe('inviting a person', () => {
  it('creates an account without a password that cannot sign in yet, audited', async () => {
    const body = person();
    const res = await desk.post('/api/v1/accounts', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: body.email.toLowerCase(),
      roles: ['liaisonWorker'],
      status: 'invited',
      organisation: null,
    });
    expect(Date.parse(res.body.invitationExpiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    const login = await t.request('POST', '/api/v1/auth/login', {
      body: { email: body.email, password: 'x'.repeat(12) },
    });
    expect(login.status).toBe(401);
    expect((await auditOf(res.body.id))[0]).toMatchObject({ action: 'invite', actor_user_id: desk.user.id });
    // Only the hash of the token is kept.
    const stored = (
      await t.db.execute(sql`select token_hash from invitations where user_id = ${res.body.id}`)
    ).rows;
    expect(stored).toHaveLength(1);
    expect((stored[0] as { token_hash: string }).token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('with a partner organisation; a partner referrer must have one, and it must be active', async () => {
    const clb = tenant.clb.id;
    const ok = await desk.post(
      '/api/v1/accounts',
      person({ roles: ['partnerReferrer'], organisationId: clb }),
    );
    expect(ok.body.organisation).toMatchObject({ id: clb });
    const none = await desk.post('/api/v1/accounts', person({ roles: ['partnerReferrer'] }));
    expect([none.status, none.body.error.code]).toEqual([422, 'ORGANISATION_REQUIRED']);
    const org = (await desk.post('/api/v1/organisations', { name: 'Gesloten school', kind: 'school' })).body;
    await desk.post(`/api/v1/organisations/${org.id}/deactivate`, { baseVersion: 1 });
    const inactive = await desk.post('/api/v1/accounts', person({ organisationId: org.id }));
    expect([inactive.status, inactive.body.error.code]).toEqual([422, 'ORGANISATION_INACTIVE']);
    const other = await t.createTenant();
    const foreign = await desk.post('/api/v1/accounts', person({ organisationId: other.clb.id }));
    expect([foreign.status, foreign.body.error.code]).toEqual([422, 'ORGANISATION_UNKNOWN']);
  });

  it('refuses an address that already has an account, whatever its case', async () => {
    const body = person();
    await desk.post('/api/v1/accounts', body);
    const again = await admin.post('/api/v1/accounts', { ...body, email: body.email.toUpperCase() });
    expect([again.status, again.body.error.code]).toEqual([422, 'EMAIL_TAKEN']);
    expect(again.body.error.details[0].field).toBe('email');
  });

  it('lets only an administrator make an administrator', async () => {
    const byDesk = await desk.post('/api/v1/accounts', person({ roles: ['administrator'] }));
    expect([byDesk.status, byDesk.body.error.code]).toEqual([422, 'ROLE_NOT_GRANTABLE']);
    const byAdmin = await admin.post('/api/v1/accounts', person({ roles: ['administrator'] }));
    expect(byAdmin.status).toBe(201);
    // Nor can a coordinator take it away or deactivate an administrator.
    const change = await desk.put(`/api/v1/accounts/${byAdmin.body.id}/roles`, {
      roles: ['staffOfficer'],
      baseVersion: 1,
    });
    expect(change.body.error.code).toBe('ROLE_NOT_GRANTABLE');
    expect((await desk.post(`/api/v1/accounts/${byAdmin.body.id}/deactivate`)).body.error.code).toBe(
      'ROLE_NOT_GRANTABLE',
    );
  });

  it('is for the administrator and the coordinator only', async () => {
    const own = await t.createTenant();
    for (const role of [
      'liaisonWorker',
      'staffOfficer',
      'leadPartner',
      'steeringMember',
      'coach',
      'partnerReferrer',
    ] as const) {
      const someone = await own.as(role);
      expect((await someone.post('/api/v1/accounts', person())).status, role).toBe(403);
      expect((await someone.get('/api/v1/accounts')).status, role).toBe(403);
    }
  });
});

/** The invitation e-mail as queued in the outbox (ADR 032), and the token of its link. */
async function invitationMail(email: string) {
  const rows = (
    await t.db.execute(
      sql`select subject, body, locale, template from outbox where recipient = ${email.toLowerCase()} order by created_at`,
    )
  ).rows as { subject: string; body: string; locale: string; template: string }[];
  const mail = rows.at(-1);
  const token = mail?.body.match(/\/invitation#([\w-]+)/)?.[1];
  return { mail, token, count: rows.length };
}

describe('the invitation e-mail', () => {
  it('goes out in the person’s language with a link to set the password, and a re-invitation replaces it', async () => {
    const body = person({ locale: 'fr' });
    const invited = (await desk.post('/api/v1/accounts', body)).body;
    const first = await invitationMail(body.email);
    expect(first.mail).toMatchObject({ template: 'invitation', locale: 'fr' });
    expect(first.mail?.subject).toContain(tenant.collaboration.name);
    expect(first.mail?.body).toContain(`Bonjour ${body.displayName}`);
    expect(first.mail?.body).toMatch(/^http:\/\/localhost:3000\/invitation#[\w-]{43}$/m);

    await desk.post(`/api/v1/accounts/${invited.id}/reinvite`);
    const second = await invitationMail(body.email);
    expect(second.count).toBe(2);
    expect((await accept(first.token as string)).body.error.code).toBe('INVITATION_REVOKED');
    expect((await accept(second.token as string)).status).toBe(200);
  });

  it('is not sent when the invitation is refused', async () => {
    const body = person({ roles: ['administrator'] });
    expect((await desk.post('/api/v1/accounts', body)).status).toBe(422);
    expect((await invitationMail(body.email)).count).toBe(0);
  });
});

describe('the invitation link', () => {
  it('shows whom it is for, sets the password once, signs the person in, and audits it', async () => {
    const invited = (await desk.post('/api/v1/accounts', person())).body;
    const token = await linkFor(invited.id);
    const lookup = await t.request('POST', '/api/v1/invitations/lookup', { body: { token } });
    expect(lookup.status).toBe(200);
    expect(lookup.body).toMatchObject({
      email: invited.email,
      displayName: invited.displayName,
      collaborationName: tenant.collaboration.name,
    });

    const res = await accept(token);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: invited.id, roles: ['liaisonWorker'] });
    const cookie = String(res.headers['set-cookie']).split(';')[0] as string;
    const session = await t.request('GET', '/api/v1/auth/session', { cookie });
    expect(session.body.user.id).toBe(invited.id);
    // The password works from now on.
    const login = await t.request('POST', '/api/v1/auth/login', {
      body: { email: invited.email, password: 'a long enough passphrase' },
    });
    expect(login.status).toBe(200);

    const again = await accept(token, 'another long passphrase');
    expect([again.status, again.body.error.code]).toEqual([409, 'INVITATION_USED']);
    const actions = (await auditOf(invited.id)).map((a) => a.action);
    expect(actions).toEqual(['invite', 'invitation-accepted', 'login', 'login', 'invitation-refused']);
    const accounts = (await desk.get('/api/v1/accounts')).body;
    expect(accounts.find((a: { id: string }) => a.id === invited.id)).toMatchObject({
      status: 'active',
      invitationExpiresAt: null,
    });
  });

  it('is used once even when clicked twice at the same moment', async () => {
    const invited = (await desk.post('/api/v1/accounts', person())).body;
    const token = await linkFor(invited.id);
    const results = await Promise.all([accept(token), accept(token)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('answers an expired, replaced, unknown or malformed token with a clear code, never a 500', async () => {
    const invited = (await desk.post('/api/v1/accounts', person())).body;
    const expired = await linkFor(invited.id, { expiresAt: new Date(Date.now() - 1000) });
    expect((await accept(expired)).body.error.code).toBe('INVITATION_EXPIRED');
    const lookup = await t.request('POST', '/api/v1/invitations/lookup', { body: { token: expired } });
    expect([lookup.status, lookup.body.error.code]).toEqual([409, 'INVITATION_EXPIRED']);
    const older = await linkFor(invited.id);
    await linkFor(invited.id);
    expect((await accept(older)).body.error.code).toBe('INVITATION_REVOKED');
    const unknown = await accept(randomBytes(32).toString('base64url'));
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'INVITATION_UNKNOWN']);
    for (const token of ['', 'x'.repeat(101), 'bad\u0000token']) {
      const res = await accept(token);
      expect(res.status, JSON.stringify(token)).toBe(400);
    }
    // Refusals are in the trail, with why.
    const refused = (await auditOf(invited.id)).filter((a) => a.action === 'invitation-refused');
    expect(refused.map((a) => a.details?.reason)).toEqual(['expired', 'expired', 'revoked']);
  });

  it('keeps working after a password the policy refuses', async () => {
    const invited = (await desk.post('/api/v1/accounts', person())).body;
    const token = await linkFor(invited.id);
    const short = await accept(token, 'short');
    expect([short.status, short.body.error.code, short.body.error.details[0].field]).toEqual([
      422,
      'PASSWORD_TOO_SHORT',
      'password',
    ]);
    expect((await accept(token, 'password1234')).body.error.code).toBe('PASSWORD_TOO_COMMON');
    expect((await accept(token)).status).toBe(200);
  });
});

describe('changing roles', () => {
  it('counts from the next request, and is audited with before and after', async () => {
    const invited = (await desk.post('/api/v1/accounts', person())).body;
    const cookie = String((await accept(await linkFor(invited.id))).headers['set-cookie']).split(
      ';',
    )[0] as string;
    const before = await t.request('GET', '/api/v1/auth/session', { cookie });
    expect(before.body.user.permissions).not.toContain('referral:decide');

    const res = await desk.put(`/api/v1/accounts/${invited.id}/roles`, { roles: ['coach'], baseVersion: 1 });
    expect(res.body.roles).toEqual(['coach']);
    const after = await t.request('GET', '/api/v1/auth/session', { cookie });
    expect(after.body.user.permissions).toContain('referral:decide');
    const change = (await auditOf(invited.id)).find((a) => a.action === 'changeRoles');
    expect(change?.details).toEqual({
      from: { roles: ['liaisonWorker'], organisationId: null },
      to: { roles: ['coach'], organisationId: null },
    });
  });

  it('starts from the version the coordinator saw: a change meanwhile is not undone (409)', async () => {
    const invited = (await desk.post('/api/v1/accounts', person())).body;
    expect(invited.version).toBe(1);
    const first = await admin.put(`/api/v1/accounts/${invited.id}/roles`, {
      roles: ['coach'],
      baseVersion: 1,
    });
    expect([first.status, first.body.version]).toEqual([200, 2]);
    // The coordinator still had the page of before: their change would silently undo the admin's.
    const stale = await desk.put(`/api/v1/accounts/${invited.id}/roles`, {
      roles: ['staffOfficer'],
      baseVersion: 1,
    });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'RECORD_CHANGED']);
    expect(stale.body.error.details).toMatchObject({
      record: 'account',
      id: invited.id,
      currentVersion: 2,
      current: { roles: ['coach'], version: 2 },
    });
    const account = (await desk.get('/api/v1/accounts')).body.find(
      (a: { id: string }) => a.id === invited.id,
    );
    expect(account.roles).toEqual(['coach']);
    // Two at once from the same version: one wins, the other hears 409.
    const both = await Promise.all([
      desk.put(`/api/v1/accounts/${invited.id}/roles`, { roles: ['staffOfficer'], baseVersion: 2 }),
      admin.put(`/api/v1/accounts/${invited.id}/roles`, { roles: ['liaisonWorker'], baseVersion: 2 }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await auditOf(invited.id)).filter((a) => a.action === 'changeRoles')).toHaveLength(2);
  });

  it('is never one’s own', async () => {
    const res = await desk.put(`/api/v1/accounts/${desk.user.id}/roles`, {
      roles: ['coordinator', 'coach'],
      baseVersion: 1,
    });
    expect([res.status, res.body.error.code]).toEqual([422, 'ACCOUNT_OWN_ROLES']);
  });
});

describe('deactivating a person', () => {
  it('ends every session at once, refuses sign-in, keeps the history, and a re-invitation brings them back', async () => {
    const invited = (await desk.post('/api/v1/accounts', person())).body;
    await accept(await linkFor(invited.id));
    const laptop = await t.login(invited.email, 'a long enough passphrase');
    const phone = await t.login(invited.email, 'a long enough passphrase');
    expect((await laptop.get('/api/v1/auth/session')).status).toBe(200);

    const res = await desk.post(`/api/v1/accounts/${invited.id}/deactivate`);
    expect(res.body.status).toBe('deactivated');
    expect((await laptop.get('/api/v1/auth/session')).status).toBe(401);
    expect((await phone.get('/api/v1/auth/session')).status).toBe(401);
    const left = await t.db.execute(
      sql`select count(*)::int as n from sessions where user_id = ${invited.id}`,
    );
    expect((left.rows[0] as { n: number }).n).toBe(0);
    const login = await t.request('POST', '/api/v1/auth/login', {
      body: { email: invited.email, password: 'a long enough passphrase' },
    });
    expect(login.status).toBe(401);
    const deactivation = (await auditOf(invited.id)).find((a) => a.action === 'deactivate');
    // The session the invitation opened, the laptop's and the phone's.
    expect(deactivation?.details).toEqual({ sessionsEnded: 3 });
    expect((await auditOf(invited.id)).some((a) => a.action === 'login')).toBe(true); // history stays

    const again = await desk.post(`/api/v1/accounts/${invited.id}/reinvite`);
    expect(again.body).toMatchObject({ status: 'deactivated' });
    expect(again.body.invitationExpiresAt).toBeNull(); // shown once they are back
    const back = await accept(await linkFor(invited.id), 'a brand new passphrase');
    expect(back.status).toBe(200);
    expect(
      (await desk.get('/api/v1/accounts')).body.find((a: { id: string }) => a.id === invited.id).status,
    ).toBe('active');
  });

  it('revokes an open invitation, and is never one’s own', async () => {
    const invited = (await desk.post('/api/v1/accounts', person())).body;
    const token = await linkFor(invited.id);
    await desk.post(`/api/v1/accounts/${invited.id}/deactivate`);
    expect((await accept(token)).body.error.code).toBe('INVITATION_REVOKED');
    const self = await desk.post(`/api/v1/accounts/${desk.user.id}/deactivate`);
    expect([self.status, self.body.error.code]).toEqual([422, 'ACCOUNT_DEACTIVATE_SELF']);
  });
});

describe('another collaboration', () => {
  it('gets 404 on every account route and sees none of these people', async () => {
    const invited = (await desk.post('/api/v1/accounts', person())).body;
    const stranger = await (await t.createTenant()).as('coordinator');
    expect(
      (await stranger.put(`/api/v1/accounts/${invited.id}/roles`, { roles: ['coach'], baseVersion: 1 }))
        .status,
    ).toBe(404);
    expect((await stranger.post(`/api/v1/accounts/${invited.id}/deactivate`)).status).toBe(404);
    expect((await stranger.post(`/api/v1/accounts/${invited.id}/reinvite`)).status).toBe(404);
    expect((await stranger.get('/api/v1/accounts')).body.map((a: { id: string }) => a.id)).not.toContain(
      invited.id,
    );
  });
});
