import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConsentFacts, checkConsentGiver, consentHolds, sharingDecision } from './consent';
import { addDays } from './dates';
import type { MemberFacts } from './minors';

const ON = '2026-12-07';
const mother: MemberFacts = { id: 'mother', role: 'parent', birthDate: '1985-01-01' };
const father: MemberFacts = { id: 'father', role: 'parent', birthDate: '1984-01-01' };
const teen: MemberFacts = { id: 'teen', role: 'child', birthDate: '2012-06-01' }; // 14
const young: MemberFacts = { id: 'young', role: 'child', birthDate: '2018-06-01' }; // 8
const caw = { organisationId: 'caw', purpose: 'De overdracht voorbereiden', scope: 'plan' as const };
const court = { ...caw, organisationId: 'court' };

function consent(memberId: string, overrides: Partial<ConsentFacts> = {}): ConsentFacts {
  return {
    id: `consent-${memberId}-${overrides.organisationId ?? 'caw'}`,
    memberId,
    recipient: 'partner',
    organisationId: 'caw',
    purpose: 'de overdracht voorbereiden ',
    scopes: ['plan'],
    givenOn: '2026-11-01',
    withdrawnOn: null,
    ...overrides,
  };
}

const decide = (
  members: MemberFacts[],
  consents: ConsentFacts[],
  sharing: typeof caw = caw,
  organisationIsYouthCourt = false,
  assessments: { memberId: string; assessedOn: string; reviewOn: string }[] = [],
) => sharingDecision({ members, assessments, consents, organisationIsYouthCourt, sharing, on: ON });

describe('R29: a consent holds from its day until it is withdrawn', () => {
  it('a withdrawal takes effect on its own day', () => {
    expect(consentHolds({ givenOn: '2026-11-01', withdrawnOn: null }, ON)).toBe(true);
    expect(consentHolds({ givenOn: '2026-11-01', withdrawnOn: ON }, ON)).toBe(false);
    expect(consentHolds({ givenOn: '2026-11-01', withdrawnOn: addDays(ON, 1) }, ON)).toBe(true);
    expect(consentHolds({ givenOn: addDays(ON, 1), withdrawnOn: null }, ON)).toBe(false);
  });
});

describe('R29: sharing with an ordinary partner', () => {
  it('needs a parent’s consent for this partner, purpose and scope', () => {
    expect(decide([mother, father, young], [consent('mother')])).toEqual({
      allowed: true,
      consentIds: ['consent-mother-caw'],
    });
    expect(decide([mother, young], [consent('mother', { scopes: ['contacts'] })])).toMatchObject({
      allowed: false,
      code: 'SHARING_CONSENT_MISSING',
      missingMemberIds: ['mother'],
    });
    expect(decide([mother], [consent('mother', { scopes: ['wholeFile'] })]).allowed).toBe(true);
    expect(decide([mother], [consent('mother', { purpose: 'iets anders' })]).allowed).toBe(false);
    expect(decide([mother], [consent('mother', { organisationId: 'cgg' })]).allowed).toBe(false);
  });

  it('needs the competent minor’s own consent too (R27), not that of a child under 12', () => {
    expect(decide([mother, teen], [consent('mother')])).toMatchObject({
      allowed: false,
      missingMemberIds: ['teen'],
    });
    expect(decide([mother, teen], [consent('mother'), consent('teen')]).allowed).toBe(true);
    const notCompetent = [{ memberId: 'teen', assessedOn: '2026-10-01', reviewOn: '2027-04-01' }];
    expect(decide([mother, teen], [consent('mother')], caw, false, notCompetent).allowed).toBe(true);
  });

  it('refuses after a withdrawal, whatever else holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), (daysAgo) => {
        const withdrawn = consent('mother', { withdrawnOn: addDays(ON, -daysAgo) });
        return decide([mother], [withdrawn]).allowed === false;
      }),
    );
  });
});

describe('R29: nothing goes to youth-court services without the minor and the parents', () => {
  const on = (memberId: string) => consent(memberId, { organisationId: 'court' });

  it('refuses with only the parents, or only the minor', () => {
    expect(decide([mother, father, teen], [on('mother'), on('father')], court, true)).toMatchObject({
      allowed: false,
      code: 'YOUTH_COURT_CONSENTS_MISSING',
      missingMemberIds: ['teen'],
    });
    expect(decide([mother, father, teen], [on('teen')], court, true)).toMatchObject({
      allowed: false,
      missingMemberIds: ['mother', 'father'],
    });
  });

  it('needs every parent, not one', () => {
    expect(decide([mother, father, young], [on('mother')], court, true)).toMatchObject({
      allowed: false,
      missingMemberIds: ['father'],
    });
  });

  it('shares with every parent and every competent minor, naming each consent', () => {
    const all = [on('mother'), on('father'), on('teen')];
    expect(decide([mother, father, teen, young], all, court, true)).toEqual({
      allowed: true,
      consentIds: ['consent-mother-court', 'consent-father-court', 'consent-teen-court'],
    });
  });

  it('refuses while a child’s age is unknown, and when there is no parent to consent', () => {
    const unknown: MemberFacts = { id: 'unknown', role: 'child', birthDate: null };
    expect(decide([mother, unknown], [on('mother')], court, true).allowed).toBe(false);
    expect(decide([teen], [on('teen')], court, true).allowed).toBe(false);
  });
});

describe('R27: who can give a consent', () => {
  it('a parent, a competent minor; not a child under 12, not an assessed minor, not another member', () => {
    expect(checkConsentGiver({ giver: mother, standing: 'adult', recipient: 'partner' })).toBeNull();
    expect(checkConsentGiver({ giver: teen, standing: 'competentMinor', recipient: 'partner' })).toBeNull();
    expect(checkConsentGiver({ giver: young, standing: 'child', recipient: 'partner' })).toBe(
      'CONSENT_GIVER_NOT_COMPETENT',
    );
    expect(checkConsentGiver({ giver: teen, standing: 'notCompetent', recipient: 'partner' })).toBe(
      'CONSENT_GIVER_NOT_COMPETENT',
    );
    const grandmother: MemberFacts = { id: 'g', role: 'other', birthDate: '1950-01-01' };
    expect(checkConsentGiver({ giver: grandmother, standing: 'adult', recipient: 'partner' })).toBe(
      'CONSENT_GIVER_NOT_ENTITLED',
    );
  });

  it('consent to the parents is the young person’s own', () => {
    expect(checkConsentGiver({ giver: teen, standing: 'competentMinor', recipient: 'parents' })).toBeNull();
    expect(checkConsentGiver({ giver: mother, standing: 'adult', recipient: 'parents' })).toBe(
      'CONSENT_GIVER_NOT_ENTITLED',
    );
  });
});
