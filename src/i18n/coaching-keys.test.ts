// Family coaching (R23) speaks Dutch first, and English and French with the same keys: the
// desk's texts, the end reasons, the error codes, and what the team page adds for coaches.
import { describe, expect, it } from 'vitest';
import { resources } from './index';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const pick = (lang: 'nl' | 'en' | 'fr') => {
  const { app, codes, errors } = resources[lang];
  return {
    app: keys(app.coaching).sort(),
    codes: [...keys(codes.matchEndReason), codes.fundingLine.familyCoaching ? 'familyCoaching' : ''].sort(),
    errors: Object.keys(errors)
      .filter((k) => k.startsWith('COACH_') || k === 'FAMILY_ALREADY_MATCHED')
      .sort(),
    team: [app.team.functions.familyCoach, app.team.form.caseloadLimit, app.team.form.caseloadLimitHint].map(
      (text) => (text ? 'present' : 'missing'),
    ),
  };
};

describe('family coaching translations', () => {
  it('have the same keys in nl, en and fr', () => {
    const nl = pick('nl');
    expect(nl.app.length).toBeGreaterThan(50);
    expect(nl.errors.length).toBe(10);
    expect(nl.team).toEqual(['present', 'present', 'present']);
    expect(pick('en')).toEqual(nl);
    expect(pick('fr')).toEqual(nl);
  });

  it('say the R23 numbers where the texts use them', () => {
    for (const lang of ['nl', 'en', 'fr'] as const) {
      expect(resources[lang].errors.COACH_CASELOAD_FULL).toContain('{{limit}}');
      expect(resources[lang].app.team.form.caseloadLimitHint).toContain('{{max}}');
    }
  });
});
