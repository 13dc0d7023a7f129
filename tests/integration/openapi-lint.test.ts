// Partners generate their clients from /api/docs/json (issue 11): the document passes Redocly's
// recommended rules, warnings included (exceptions named in redocly.yaml and, per operation,
// in .redocly.lint-ignore.yaml), every operation is
// named after its use case, and what it says about security comes from the route's access.
import path from 'node:path';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/server/platform/http/http-server';
import { setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const document = await t.request('GET', '/api/docs/json');

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended rules without a warning", async () => {
    expect(document.status).toBe(200);
    const config = await loadConfig({ configPath: path.resolve('redocly.yaml') });
    // Named next to the config, so the exceptions of .redocly.lint-ignore.yaml apply to it.
    const absoluteRef = path.resolve('openapi.json');
    const problems = await lintFromString({ source: document.text, absoluteRef, config });
    const report = problems
      .filter((p) => !p.ignored)
      .map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`);
    expect(report).toEqual([]);
  });

  it('names each operation after its use case and declares its security from its access', () => {
    const paths = document.body.paths;
    expect(paths['/api/v1/referrals'].post).toMatchObject({
      operationId: 'createReferral',
      security: [{ session: [], csrf: [] }],
    });
    expect(paths['/api/v1/referrals'].get.security).toEqual([{ session: [] }]);
    expect(paths['/api/v1/families/{id}'].get.operationId).toBe('getFamilyFile');
    expect(Object.keys(paths['/api/v1/families/{id}'].get.responses)).toEqual(
      expect.arrayContaining(['400', '401', '403', '404']),
    );
    expect(paths['/api/v1/auth/login'].post.security).toEqual([]);
    expect(paths['/api/health'].get.security).toEqual([]);
    expect(document.body.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });

  it('an API route without an operationId and a summary cannot be registered', async () => {
    const app = await createHttpServer({ authenticate: async () => null, logLevel: 'silent', webDir: null });
    const config = { access: 'authenticated' as const };
    expect(() => app.get('/api/v1/unnamed', { config }, async () => 'oops')).toThrow(/no operationId/);
    expect(() =>
      app.get('/api/v1/unnamed', { config, schema: { operationId: 'getUnnamed' } }, async () => 'oops'),
    ).toThrow(/no operationId and summary/);
    expect(() =>
      app.get(
        '/api/v1/unnamed',
        { config, schema: { operationId: 'get-unnamed', summary: 'A name' } },
        async () => 'oops',
      ),
    ).toThrow(/not camelCase/);
    await app.close();
  });
});
