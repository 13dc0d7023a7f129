// The family's journey speaks Dutch first, and English and French with the same keys: a key
// missing in one language would show the raw key to someone.
import { describe, expect, it } from 'vitest';
import { resources } from './index';

const JOURNEY_KEYS = [
  'journey',
  'family',
  'families',
  'plan',
  'planPdf',
  'familyView',
  'trajectories',
  'contacts',
  'myWeek',
  'waitingList',
  'caseload',
] as const;
const JOURNEY_CODES = [
  'trajectoryKind',
  'closeReason',
  'contactKind',
  'hiddenReason',
  'goalStatus',
  'ownerKind',
  'evaluator',
  'agreementMethod',
  'networkKind',
  'dueKind',
  'dueState',
  'handoverPart',
  'shortTermState',
] as const;

function keysOf(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations of the family’s journey', () => {
  it.each(['en', 'fr'] as const)('%s has every Dutch key, and no other', (lang) => {
    for (const key of JOURNEY_KEYS)
      expect(keysOf(resources[lang].app[key]).sort(), key).toEqual(keysOf(resources.nl.app[key]).sort());
    for (const key of JOURNEY_CODES)
      expect(keysOf(resources[lang].codes[key]).sort(), key).toEqual(keysOf(resources.nl.codes[key]).sort());
  });
});
