import { describe, expect, it } from 'vitest';
import { can, governanceScope, permissionsOf, ROLES, referralScope, seesSuppressedFigures } from './roles';

describe('roles and relationships', () => {
  it('steering members and employers never read a referral, only figures', () => {
    expect(can(['steeringMember'], 'referral:read')).toBe(false);
    expect(referralScope(['steeringMember'])).toBe('none');
    expect(can(['steeringMember'], 'figures:read')).toBe(true);
    expect(seesSuppressedFigures(['steeringMember'])).toBe(true);
  });

  it('the intake desk reaches the collaboration; partners their organisation; workers their own', () => {
    expect(referralScope(['coordinator'])).toBe('collaboration');
    expect(referralScope(['coach'])).toBe('collaboration');
    expect(referralScope(['partnerReferrer'])).toBe('registeredByMyOrganisation');
    expect(referralScope(['liaisonWorker'])).toBe('registeredByMe');
    expect(referralScope(['administrator'])).toBe('none');
  });

  it('only the coordinator reads audit trails; only the administrator manages reference data', () => {
    expect(ROLES.filter((r) => can([r], 'referral:audit'))).toEqual(['coordinator']);
    expect(ROLES.filter((r) => can([r], 'reference:manage'))).toEqual(['administrator']);
  });
});

describe('governance', () => {
  it('the staff officer and coordinator keep the bodies; members read their own and give advice', () => {
    expect(ROLES.filter((r) => can([r], 'governance:manage'))).toEqual(['coordinator', 'staffOfficer']);
    expect(governanceScope(['staffOfficer'])).toBe('collaboration');
    expect(governanceScope(['steeringMember'])).toBe('memberOf');
    expect(can(['steeringMember'], 'governance:advise')).toBe(true);
    expect(governanceScope(['partnerReferrer'])).toBe('none');
    expect(governanceScope(['administrator'])).toBe('none');
  });

  it('a steering member still has no referral or family permission', () => {
    const permissions = [...permissionsOf(['steeringMember'])];
    expect(permissions.filter((p) => p.startsWith('referral:') || p.startsWith('family:'))).toEqual([]);
  });
});

describe('family coaching (R23)', () => {
  it('only the coordinator keeps the central registration point', () => {
    expect(ROLES.filter((r) => can([r], 'coaching:manage'))).toEqual(['coordinator']);
  });
});

describe('roles above collaborations (issue 15, ADR 054)', () => {
  it('the platform administrator makes collaborations; the analyst and the administrator read figures side by side', () => {
    expect(ROLES.filter((r) => can([r], 'platform:manage'))).toEqual(['platformAdministrator']);
    expect(ROLES.filter((r) => can([r], 'platform:figures'))).toEqual([
      'platformAdministrator',
      'platformAnalyst',
    ]);
  });

  it('a platform role never reads a family, even with a coordinator role on the same account', () => {
    const both = permissionsOf(['coordinator', 'platformAdministrator']);
    for (const permission of [
      'family:read',
      'referral:read',
      'caseload:read',
      'coaching:manage',
      'retention:read',
    ] as const)
      expect(both.has(permission), permission).toBe(false);
    expect(referralScope(['coordinator', 'platformAdministrator'])).toBe('none');
    // a policy, not a family: the installation's administrator still sets how long files are kept
    expect(can(['administrator', 'platformAdministrator'], 'retention:manage')).toBe(true);
    expect(seesSuppressedFigures(['platformAnalyst'])).toBe(true);
  });
});
