// Dutch first, English and French with exactly the same keys: a key missing in one language
// shows the raw key to someone. That every error code has a message, `tsc` checks (ADR 028).
import { describe, expect, it } from 'vitest';
import { resources } from './index';

function keysOf(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it.each(['app', 'codes', 'errors', 'mail'] as const)(
    '%s: English and French have every Dutch key, and no other',
    (ns) => {
      const nl = keysOf(resources.nl[ns]).sort();
      // mail holds a dozen texts, the other namespaces hundreds.
      expect(nl.length).toBeGreaterThan(ns === 'mail' ? 10 : 50);
      expect(keysOf(resources.en[ns]).sort()).toEqual(nl);
      expect(keysOf(resources.fr[ns]).sort()).toEqual(nl);
    },
  );
});
