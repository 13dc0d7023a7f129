import { describe, expect, it } from 'vitest';
import { canBeAssigned, familyFileAccess, isAssignmentActive } from './family-access';
import { PERMISSIONS, permissionsOf, ROLES } from './roles';

const today = '2026-03-10';
const assignments = [
  { userId: 'worker', fromOn: '2026-01-01', toOn: null },
  { userId: 'former', fromOn: '2025-01-01', toOn: '2026-03-09' },
  { userId: 'future', fromOn: '2026-03-11', toOn: null },
];
const access = (userId: string, role: (typeof ROLES)[number]) =>
  familyFileAccess({ roles: [role], userId, assignments, today });

describe('who opens a family file', () => {
  it('the coordinator always; assigned workers and coaches while assigned; the team a limited view', () => {
    expect(access('anyone', 'coordinator')).toBe('full');
    expect(access('worker', 'liaisonWorker')).toBe('full');
    expect(access('worker', 'coach')).toBe('full');
    expect(access('former', 'liaisonWorker')).toBe('limited');
    expect(access('future', 'liaisonWorker')).toBe('limited');
    expect(access('other', 'coach')).toBe('limited');
  });

  it('steering members, staff, partners and administrators get nothing, assigned or not', () => {
    for (const role of [
      'steeringMember',
      'administrator',
      'staffOfficer',
      'leadPartner',
      'partnerReferrer',
    ] as const)
      expect(access('worker', role)).toBe('none');
    expect(
      ROLES.filter((r) => familyFileAccess({ roles: [r], userId: 'x', assignments: [], today }) !== 'none'),
    ).toEqual(['coordinator', 'coach', 'liaisonWorker']);
  });

  it('no family, trajectory or caseload permission for steering members, administrators and the rest', () => {
    const journey = PERMISSIONS.filter((p) => /^(family|trajectory|caseload):/.test(p));
    const holders = ROLES.filter((r) => journey.some((p) => permissionsOf([r]).has(p)));
    expect(holders).toEqual(['coordinator', 'coach', 'liaisonWorker']);
    expect(ROLES.filter((r) => permissionsOf([r]).has('caseload:read'))).toEqual(['coordinator']);
    expect(ROLES.filter((r) => permissionsOf([r]).has('trajectory:approve'))).toEqual([
      'coordinator',
      'coach',
    ]);
  });

  it('an assignment runs from its first to its last day', () => {
    expect(isAssignmentActive({ fromOn: today, toOn: today }, today)).toBe(true);
    expect(isAssignmentActive({ fromOn: today, toOn: '2026-03-09' }, today)).toBe(false);
    expect(canBeAssigned(['liaisonWorker'])).toBe(true);
    expect(canBeAssigned(['coach'])).toBe(true);
    expect(canBeAssigned(['coordinator'])).toBe(false);
  });
});
