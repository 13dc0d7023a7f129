// Personal data of children: every route declares who may call it; tenants never see each
// other; steering members see aggregates only; partners and workers see what they relate to.
import { beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../src/domain/roles';
import { createHttpServer } from '../../src/server/platform/http/http-server';
import { referralBody } from '../support/factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let referralId: string;
let ownDesk: Session;

beforeAll(async () => {
  const tenant = await t.createTenant();
  ownDesk = await tenant.as('coordinator');
  referralId = (await ownDesk.post('/api/v1/referrals', referralBody())).body.id;
});

const call = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
  method === 'GET' ? session.get(url) : method === 'POST' ? session.post(url, body) : session.put(url, body);

const referralRoutes = (id: string) =>
  [
    ['GET', `/api/v1/referrals/${id}`, undefined],
    ['GET', `/api/v1/referrals/${id}/audit`, undefined],
    ['POST', `/api/v1/referrals/${id}/decision`, { outcome: 'started' }],
    ['POST', `/api/v1/referrals/${id}/duplicate-review`, { action: 'dismiss' }],
    ['PUT', `/api/v1/referrals/${id}/perspective-conversation`, { heldOn: '2026-10-20' }],
  ] as const;

describe('route declarations', () => {
  it('every API route declares its access; referral routes a referral permission', () => {
    const api = t.app.declaredRoutes.filter((r) => r.url.startsWith('/api/v1'));
    expect(api.length).toBeGreaterThan(15);
    const known = new Set<string>([...PERMISSIONS, 'public', 'authenticated', 'staff', 'family']);
    for (const route of api) expect(known, `${route.method} ${route.url}`).toContain(route.access);
    const publicRoutes = api
      .filter((r) => r.access === 'public' && r.method !== 'HEAD') // HEAD mirrors its GET
      .map((r) => `${r.method} ${r.url}`);
    // The door itself: signing in with a password or through an organisation's provider (ADR 038),
    // "forgot password" (ADR 037): one answer whether or not the address exists, and the
    // invitation link of someone who has no password yet (ADR 034).
    expect(publicRoutes.sort()).toEqual([
      'GET /api/v1/auth/sso/:id/start',
      'GET /api/v1/auth/sso/callback',
      'GET /api/v1/auth/sso/providers',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/password-reset',
      'POST /api/v1/auth/password-reset/confirm',
      'POST /api/v1/invitations/accept',
      'POST /api/v1/invitations/lookup',
    ]);
    for (const route of api.filter((r) => r.url.startsWith('/api/v1/referrals'))) {
      expect(route.access, `${route.method} ${route.url}`).toMatch(/^referral:/);
    }
  });

  it('a route without a declared permission cannot be registered', async () => {
    const app = await createHttpServer({ authenticate: async () => null, logLevel: 'silent', webDir: null });
    expect(() => app.get('/api/v1/unguarded', async () => 'oops')).toThrow(/declares no access/);
    await app.close();
  });
});

describe('another collaboration', () => {
  it('gets 404 on every referral route, and its lists stay empty', async () => {
    const other = await t.createTenant();
    const stranger = await other.as('coordinator');
    for (const [method, url, body] of referralRoutes(referralId)) {
      const res = await call(stranger, method, url, body);
      expect(res.status, `${method} ${url}`).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    expect((await stranger.get('/api/v1/referrals')).body).toEqual([]);
    expect((await stranger.get('/api/v1/reports/figures')).body.received).toBe(0);
    // and nothing was changed by trying
    expect((await ownDesk.get(`/api/v1/referrals/${referralId}`)).body.status).toBe('received');
  });
});

describe('roles', () => {
  it('a steering-group member never sees a referral, only figures', async () => {
    const tenant = await t.createTenant();
    const desk = await tenant.as('coordinator');
    const id = (await desk.post('/api/v1/referrals', referralBody())).body.id;
    const steering = await tenant.as('steeringMember');
    expect((await steering.get('/api/v1/referrals')).status).toBe(403);
    for (const [method, url, body] of referralRoutes(id)) {
      const res = await call(steering, method, url, body);
      expect([403, 404], `${method} ${url}`).toContain(res.status);
      expect(JSON.stringify(res.body)).not.toContain('Voorbeeld');
    }
    expect((await steering.post('/api/v1/referrals', referralBody())).status).toBe(403);
    expect((await steering.get('/api/v1/reports/figures')).status).toBe(200);
  });

  it('a partner referrer registers and follows only its own organisation’s referrals', async () => {
    const tenant = await t.createTenant();
    const desk = await tenant.as('coordinator');
    const deskReferral = (await desk.post('/api/v1/referrals', referralBody())).body.id;
    const partner = await tenant.as('partnerReferrer');
    const colleague = await tenant.as('partnerReferrer'); // same CLB
    const own = await partner.post('/api/v1/referrals', referralBody());
    expect(own.status).toBe(201);

    expect((await colleague.get(`/api/v1/referrals/${own.body.id}`)).status).toBe(200);
    expect((await partner.get(`/api/v1/referrals/${deskReferral}`)).status).toBe(404);
    expect((await partner.get('/api/v1/referrals')).body.map((r: { id: string }) => r.id)).toEqual([
      own.body.id,
    ]);
    expect(
      (await partner.post(`/api/v1/referrals/${own.body.id}/decision`, { outcome: 'started' })).status,
    ).toBe(403);
    expect((await partner.get(`/api/v1/referrals/${own.body.id}/audit`)).status).toBe(403);
    expect(
      (await partner.post('/api/v1/referrals/duplicate-check', { municipalityNis: '46021', members: [] }))
        .status,
    ).toBe(403);
  });

  it('a liaison worker sees the referrals they registered; an administrator none', async () => {
    const tenant = await t.createTenant();
    const desk = await tenant.as('coordinator');
    const other = (await desk.post('/api/v1/referrals', referralBody())).body.id;
    const worker = await tenant.as('liaisonWorker');
    const mine = (await worker.post('/api/v1/referrals', referralBody())).body.id;
    expect((await worker.get('/api/v1/referrals')).body.map((r: { id: string }) => r.id)).toEqual([mine]);
    expect((await worker.get(`/api/v1/referrals/${other}`)).status).toBe(404);
    const admin = await tenant.as('administrator');
    expect((await admin.get('/api/v1/referrals')).status).toBe(403);
    expect((await admin.get(`/api/v1/referrals/${mine}`)).status).toBe(403);
  });

  it('only a coordinator reads the audit trail', async () => {
    const tenant = await t.createTenant();
    const coach = await tenant.as('coach');
    const id = (await coach.post('/api/v1/referrals', referralBody())).body.id;
    expect((await coach.get(`/api/v1/referrals/${id}/audit`)).status).toBe(403);
    const coordinator = await tenant.as('coordinator');
    expect((await coordinator.get(`/api/v1/referrals/${id}/audit`)).status).toBe(200);
  });

  it('without a session every non-public route answers 401', async () => {
    for (const url of [
      '/api/v1/referrals',
      `/api/v1/referrals/${referralId}`,
      '/api/v1/reports/figures',
      '/api/v1/funding-lines',
    ]) {
      const res = await t.request('GET', url);
      expect(res.status, url).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });
});
