// Every governance text exists in Dutch, English and French (same keys, no gaps).
import { describe, expect, it } from 'vitest';
import { resources } from './index';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const pick = (lang: 'nl' | 'en' | 'fr') => ({
  app: keys(resources[lang].app.governance).sort(),
  codes: keys(
    Object.fromEntries(Object.entries(resources[lang].codes).filter(([k]) => k.startsWith('governance'))),
  ).sort(),
  errors: Object.keys(resources[lang].errors)
    .filter((k) => k.startsWith('GOVERNANCE_'))
    .sort(),
});

describe('governance translations', () => {
  it('have the same keys in nl, en and fr', () => {
    const nl = pick('nl');
    expect(nl.app.length).toBeGreaterThan(200);
    expect(nl.errors.length).toBeGreaterThan(30);
    expect(pick('en')).toEqual(nl);
    expect(pick('fr')).toEqual(nl);
  });
});
