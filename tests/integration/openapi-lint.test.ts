// Partners generate their clients from /api/docs/json (issue 11): the document passes Redocly's
// recommended rules, warnings included, and a route without an operationId cannot be registered.
import path from 'node:path';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../support/test-app';

const t = await setupTestApp();

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended rules without a warning", async () => {
    const doc = await t.request('GET', '/api/docs/json');
    expect(doc.status).toBe(200);
    const config = await loadConfig({ configPath: path.resolve('redocly.yaml') });
    const problems = await lintFromString({ source: doc.text, absoluteRef: 'openapi.json', config });
    const report = problems.map(
      (p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`,
    );
    expect(report).toEqual([]);
  });
});
