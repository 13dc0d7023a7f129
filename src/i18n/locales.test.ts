// Dutch first, English and French with exactly the same keys: a key missing in one language
// shows the raw key to someone. And every error code the server throws by name has a message.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from './index';

function keysOf(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') && !full.endsWith('.test.ts') ? [full] : [];
  });
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

  it('every error code the server throws by name has a message', () => {
    const thrown = new Set<string>();
    const patterns = [/unprocessable\(\s*'([A-Z0-9_]+)'/g, /AppError\(\s*\d{3},\s*'([A-Z0-9_]+)'/g];
    for (const file of sourceFiles(path.resolve(import.meta.dirname, '../server'))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns) for (const m of text.matchAll(pattern)) thrown.add(m[1] as string);
    }
    expect(thrown.size).toBeGreaterThan(40);
    // A message with a count is found by its plural forms (CODE_one, CODE_other).
    const known = new Set(Object.keys(resources.nl.errors).map((k) => k.replace(/_(one|other)$/, '')));
    const missing = [...thrown].filter((code) => !known.has(code)).sort();
    expect(missing).toEqual([]);
  });
});
