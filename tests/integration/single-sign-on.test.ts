// Organisational single sign-on (issue #12 point 4, ADR 038) against a real OpenID provider
// started in-process: discovery, PKCE, a signed ID token and its nonce are the real protocol.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/server/modules/identity';
import { createOrganisation } from '../../src/server/modules/network';
import { startOpenIdProvider } from '../support/openid-provider';
import { setupTestApp, TEST_PASSWORD } from '../support/test-app';

const PUBLIC_URL = 'http://eenplan.test';
const REDIRECT_URI = `${PUBLIC_URL}/api/v1/auth/sso/callback`;
const CLIENT = { clientId: 'eenplan-caw', clientSecret: 'a secret only the test knows' };

const t = await setupTestApp({ publicUrl: PUBLIC_URL });
const idp = await startOpenIdProvider({ redirectUri: REDIRECT_URI, ...CLIENT });
afterAll(() => idp.stop());

const tenant = await t.createTenant();
const admin = await tenant.as('administrator');
const caw = await createOrganisation(t.db, {
  collaborationId: tenant.collaboration.id,
  kind: 'caw',
  name: 'CAW Testregio',
  role: 'partner',
});

async function addPerson(email: string, organisationId: string | null, roles = ['liaisonWorker' as const]) {
  await createUser(t.db, {
    collaborationId: tenant.collaboration.id,
    email,
    displayName: `Persoon ${email}`,
    password: TEST_PASSWORD,
    roles,
    organisationId,
  });
}

function cookieOf(setCookie: unknown, name: string): string | null {
  const lines = Array.isArray(setCookie) ? setCookie : [String(setCookie ?? '')];
  const line = lines.find((l: string) => l.startsWith(`${name}=`));
  const value = line?.split(';')[0]?.slice(name.length + 1);
  return value ? value : null;
}

/** The browser's whole trip: eenplan → provider → back to eenplan. Returns eenplan's last answer. */
async function signInThroughProvider(
  providerId: string,
  as: { sub: string; amr?: string[] },
  options: { dropBrowserState?: boolean } = {},
) {
  const start = await t.request('GET', `/api/v1/auth/sso/${providerId}/start`);
  expect(start.status).toBe(302);
  const state = cookieOf(start.headers['set-cookie'], 'eenplan_sso_state');
  const back = await idp.signInAt(String(start.headers.location), as);
  const callback = await t.request('GET', `${back.pathname}${back.search}`, {
    headers: options.dropBrowserState || !state ? {} : { cookie: `eenplan_sso_state=${state}` },
  });
  const session = cookieOf(callback.headers['set-cookie'], 'eenplan_session');
  return { callback, session, location: String(callback.headers.location), back };
}

let providerId: string;

beforeAll(async () => {
  const saved = await admin.put('/api/v1/sign-in-providers', {
    organisationId: caw.id,
    issuer: idp.issuer,
    ...CLIENT,
    requireSecondFactor: true,
    isActive: true,
  });
  expect(saved.status).toBe(200);
  providerId = saved.body.providers[0].id;
});

describe('an administrator lets a partner organisation sign in with its own provider', () => {
  it('shows the provider and the redirect URI to register, never the secret', async () => {
    const list = await admin.get('/api/v1/sign-in-providers');
    expect(list.status).toBe(200);
    expect(list.body.redirectUri).toBe(REDIRECT_URI);
    expect(list.body.providers).toEqual([
      expect.objectContaining({ issuer: idp.issuer, clientId: CLIENT.clientId, hasClientSecret: true }),
    ]);
    expect(list.text).not.toContain(CLIENT.clientSecret);
    const choices = await t.request('GET', '/api/v1/auth/sso/providers');
    expect(choices.body.providers).toContainEqual({ id: providerId, organisationName: 'CAW Testregio' });
  });

  it('refuses a multi-tenant endpoint, a provider that does not answer and an unknown organisation', async () => {
    const body = { organisationId: caw.id, ...CLIENT, requireSecondFactor: true, isActive: true };
    const common = await admin.put('/api/v1/sign-in-providers', {
      ...body,
      issuer: 'https://login.microsoftonline.com/common/v2.0',
    });
    expect(common.status).toBe(422);
    expect(common.body.error).toMatchObject({ code: 'ISSUER_MULTI_TENANT', details: [{ field: 'issuer' }] });
    const silent = await admin.put('/api/v1/sign-in-providers', {
      ...body,
      issuer: 'http://127.0.0.1:9/none',
    });
    expect(silent.status).toBe(422);
    expect(silent.body.error.code).toBe('ISSUER_UNREACHABLE');
    const unknown = await admin.put('/api/v1/sign-in-providers', {
      ...body,
      issuer: idp.issuer,
      organisationId: tenant.clb.id.replace(/.$/, (c: string) => (c === '0' ? '1' : '0')),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('ORGANISATION_UNKNOWN');
    // Nothing of that changed the working provider.
    const list = await admin.get('/api/v1/sign-in-providers');
    expect(list.body.providers[0].issuer).toBe(idp.issuer);
  });

  it('is a task for the administrator only', async () => {
    const coordinator = await tenant.as('coordinator');
    expect((await coordinator.get('/api/v1/sign-in-providers')).status).toBe(403);
    const other = await (await t.createTenant()).as('administrator');
    const foreign = await other.put('/api/v1/sign-in-providers', {
      organisationId: caw.id,
      issuer: idp.issuer,
      ...CLIENT,
      requireSecondFactor: true,
      isActive: true,
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.code).toBe('ORGANISATION_UNKNOWN');
  });
});

describe("a partner organisation's worker signs in with their own provider", () => {
  it('gets an eenplan session with the roles eenplan gave them, and it is audited', async () => {
    await addPerson('an.sso@caw.example', caw.id);
    idp.addAccount({ sub: 'caw-0001', email: 'An.SSO@caw.example', email_verified: true, name: 'An' });
    const trip = await signInThroughProvider(providerId, { sub: 'caw-0001' });
    expect(trip.location).toBe(`${PUBLIC_URL}/`);
    expect(trip.session).not.toBeNull();
    const me = await t.request('GET', '/api/v1/auth/session', { cookie: `eenplan_session=${trip.session}` });
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: 'an.sso@caw.example', roles: ['liaisonWorker'] });
    const audit = await t.database.pool.query(
      `select details from audit_events where action = 'login' and entity_id = $1`,
      [me.body.user.id],
    );
    expect(audit.rows).toContainEqual({ details: { method: 'single-sign-on', providerId } });
  });

  it('follows the link once made, even when the address at the provider changes', async () => {
    idp.addAccount({ sub: 'caw-0001', email: 'an.new@caw.example', email_verified: true, name: 'An' });
    const trip = await signInThroughProvider(providerId, { sub: 'caw-0001' });
    const me = await t.request('GET', '/api/v1/auth/session', { cookie: `eenplan_session=${trip.session}` });
    expect(me.body.user.email).toBe('an.sso@caw.example');
  });

  it('refuses whom eenplan does not know, an unverified address and another organisation’s person', async () => {
    idp.addAccount({ sub: 'caw-0404', email: 'nobody@caw.example', email_verified: true, name: 'Niemand' });
    await addPerson('unverified@caw.example', caw.id);
    idp.addAccount({ sub: 'caw-0002', email: 'unverified@caw.example', email_verified: false, name: 'U' });
    // A CLB worker: the CAW's provider must never sign them in, even with their verified address.
    await addPerson('clb.worker@clb.example', tenant.clb.id);
    idp.addAccount({ sub: 'caw-0003', email: 'clb.worker@clb.example', email_verified: true, name: 'C' });
    for (const sub of ['caw-0404', 'caw-0002', 'caw-0003']) {
      const trip = await signInThroughProvider(providerId, { sub });
      expect(trip.location, sub).toBe(`${PUBLIC_URL}/login?sso=SSO_NO_ACCOUNT`);
      expect(trip.session, sub).toBeNull();
    }
  });

  it('refuses a deactivated person', async () => {
    await addPerson('gone@caw.example', caw.id);
    await t.database.pool.query(`update users set is_active = false where email = 'gone@caw.example'`);
    idp.addAccount({ sub: 'caw-0005', email: 'gone@caw.example', email_verified: true, name: 'G' });
    const trip = await signInThroughProvider(providerId, { sub: 'caw-0005' });
    expect(trip.location).toBe(`${PUBLIC_URL}/login?sso=SSO_NO_ACCOUNT`);
    expect(trip.session).toBeNull();
  });

  it('wants the provider to have used a second factor, unless the administrator said otherwise', async () => {
    await addPerson('one.factor@caw.example', caw.id);
    idp.addAccount({ sub: 'caw-0006', email: 'one.factor@caw.example', email_verified: true, name: 'O' });
    const refused = await signInThroughProvider(providerId, { sub: 'caw-0006', amr: ['pwd'] });
    expect(refused.location).toBe(`${PUBLIC_URL}/login?sso=SSO_SECOND_FACTOR_MISSING`);
    expect(refused.session).toBeNull();

    const body = { organisationId: caw.id, issuer: idp.issuer, clientId: CLIENT.clientId };
    await admin.put('/api/v1/sign-in-providers', { ...body, requireSecondFactor: false, isActive: true });
    const accepted = await signInThroughProvider(providerId, { sub: 'caw-0006', amr: ['pwd'] });
    expect(accepted.session).not.toBeNull();
    // The secret was kept: it was not sent again.
    expect((await admin.get('/api/v1/sign-in-providers')).body.providers[0].hasClientSecret).toBe(true);
    await admin.put('/api/v1/sign-in-providers', { ...body, requireSecondFactor: true, isActive: true });
  });

  it("answers once: a replayed callback or another browser's callback signs nobody in", async () => {
    const other = await signInThroughProvider(providerId, { sub: 'caw-0001' }, { dropBrowserState: true });
    expect(other.location).toBe(`${PUBLIC_URL}/login?sso=SSO_FAILED`);
    expect(other.session).toBeNull();

    const trip = await signInThroughProvider(providerId, { sub: 'caw-0001' });
    expect(trip.session).not.toBeNull();
    const state = trip.back.searchParams.get('state');
    const replay = await t.request('GET', `${trip.back.pathname}${trip.back.search}`, {
      headers: { cookie: `eenplan_sso_state=${state}` },
    });
    expect(replay.status).toBe(302);
    expect(replay.headers.location).toBe(`${PUBLIC_URL}/login?sso=SSO_FAILED`);
    expect(cookieOf(replay.headers['set-cookie'], 'eenplan_session')).toBeNull();
  });

  it('a switched-off provider is no longer offered and cannot start a sign-in', async () => {
    await admin.put('/api/v1/sign-in-providers', {
      organisationId: caw.id,
      issuer: idp.issuer,
      clientId: CLIENT.clientId,
      requireSecondFactor: true,
      isActive: false,
    });
    const choices = await t.request('GET', '/api/v1/auth/sso/providers');
    expect(choices.body.providers.map((p: { id: string }) => p.id)).not.toContain(providerId);
    const start = await t.request('GET', `/api/v1/auth/sso/${providerId}/start`);
    expect(start.status).toBe(302);
    expect(start.headers.location).toBe(`${PUBLIC_URL}/login?sso=SSO_FAILED`);
  });
});
