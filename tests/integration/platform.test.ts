import { describe, expect, inject, it } from 'vitest';
import { setupTestApp } from '../support/test-app';

const t = await setupTestApp();

describe('the platform', () => {
  it('reports health and which database it runs on', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: inject('databaseKind') });
  });

  it('serves the OpenAPI document with the integration API', async () => {
    const res = await t.request('GET', '/api/docs/json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/referrals',
        '/api/v1/referrals/{id}',
        '/api/v1/referrals/{id}/decision',
        '/api/v1/reports/figures',
        '/api/v1/admin/municipalities/import',
      ]),
    );
  });

  it('answers unknown API paths, bad JSON and oversized bodies with the error shape', async () => {
    const unknown = await t.request('GET', '/api/v1/nothing-here');
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const tenant = await t.createTenant();
    const desk = await tenant.as('coordinator');
    const badJson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/referrals',
      headers: { cookie: desk.cookie, 'x-csrf-token': desk.csrf, 'content-type': 'application/json' },
      payload: '{"fundingLine":',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.code).toBe('VALIDATION_FAILED');
    const huge = await desk.post('/api/v1/referrals', { requestForHelp: 'x'.repeat(3 * 1024 * 1024) });
    expect([huge.status, huge.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });
});
