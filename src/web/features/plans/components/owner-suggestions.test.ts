import { describe, expect, it } from 'vitest';
import type { FamilyFileDto } from '../../../../contracts/families';
import { ownerSuggestionsOf } from './owner-suggestions';

const entry = (over: Partial<FamilyFileDto['network'][number]>): FamilyFileDto['network'][number] => ({
  id: crypto.randomUUID(),
  kind: 'informal',
  name: 'Oma',
  relation: null,
  organisation: null,
  role: null,
  contact: null,
  since: null,
  until: null,
  note: null,
  isActive: true,
  version: 1,
  ...over,
});

const file = {
  members: [
    { givenName: 'Testmoeder', familyName: 'Voorbeeld' },
    { givenName: 'Testkind', familyName: null },
  ],
  network: [
    entry({ name: 'Oma' }),
    entry({ kind: 'professional', name: 'Vaste begeleider', organisation: 'CGG De Brug' }),
    entry({ kind: 'professional', name: 'Oud-begeleider', organisation: 'CAW Oud', isActive: false }),
  ],
  assignments: [
    { person: { displayName: 'Verbindingsmedewerker Demo' }, isActive: true },
    { person: { displayName: 'Vroegere collega' }, isActive: false },
  ],
} as unknown as FamilyFileDto;

describe('who can own an action, by kind of owner', () => {
  it('offers members for a family member, never for a professional', () => {
    const s = ownerSuggestionsOf(file);
    expect(s.familyMember).toEqual(['Testmoeder Voorbeeld', 'Testkind']);
    expect(s.network).toEqual(['Oma']);
    expect(s.professional).toEqual(['Vaste begeleider', 'Verbindingsmedewerker Demo']);
    expect(s.organisation).toEqual(['CGG De Brug']);
  });
});
