// Who may do what. Roles give permissions; *which* files a permission reaches follows the
// person's relationship to the family (see referralScope), never the role alone.

export const ROLES = [
  'coordinator',
  'coach',
  'liaisonWorker',
  'staffOfficer',
  'leadPartner',
  'steeringMember',
  'partnerReferrer',
  'administrator',
  // Issue 15: roles above collaborations (ADR 054). The platform administrator makes collaborations
  // and invites their first coordinator; the platform analyst (the agency) reads figures side by
  // side. Neither opens a family file, and no collaboration can hand these roles out.
  'platformAdministrator',
  'platformAnalyst',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'referral:create',
  'referral:read',
  'referral:decide',
  'referral:audit',
  'figures:read',
  'reference:manage',
  'team:read',
  'team:manage',
  'funding:read',
  'funding:manage',
  'governance:read',
  'governance:advise',
  'governance:manage',
  // The family's journey (issue 3): the file, the plan, trajectories; which file a person opens
  // is still their relationship to the family (family-access.ts).
  'family:read',
  'family:write',
  'family:assign',
  'family:audit',
  // R17: merging two files of one family is the coordinator's.
  'family:merge',
  'trajectory:approve',
  'caseload:read',
  // Family coaching (R23): the central registration point's waiting list, coaches and matches.
  'coaching:manage',
  // Sign-in (ADR 018): lifting an account's lockout, and how long sessions live.
  'account:unlock',
  'session:configure',
  // Issue 12: partner organisations, and people's accounts (invite, roles, deactivate).
  'organisation:manage',
  'account:manage',
  // E-mail (issue 12): the outbox of sent, held and failed mails is the administrator's.
  'mail:read',
  // R29: a partner organisation's people read what families shared with it, while consent holds.
  'sharing:receive',
  // R30 (issue 13): how long files are kept (the coordinator and the administrator) and which files
  // are due for destruction (the coordinator: the list names families).
  'retention:manage',
  'retention:read',
  // Issue 15 (ADR 054): the installation's collaborations, and their figures side by side.
  'platform:manage',
  'platform:figures',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Routes also declare one of these: open to anyone; to anyone signed in (their own account:
 * session, sign-out, sessions, second factor); to any signed-in professional (`staff`: reference
 * data a family has no use for); or only to a family's own account (`family`, issue 13: the
 * portal, which reaches only that family). A family account holds no role, so every
 * permission-guarded route is closed to it as well.
 */
export type RouteAccess = Permission | 'public' | 'authenticated' | 'staff' | 'family';

const GRANTS: Record<Role, readonly Permission[]> = {
  coordinator: [
    'referral:create',
    'referral:read',
    'referral:decide',
    'referral:audit',
    'figures:read',
    'team:read',
    'team:manage',
    'funding:read',
    'funding:manage',
    'account:unlock',
  ],
  coach: ['referral:create', 'referral:read', 'referral:decide', 'figures:read', 'team:read'],
  liaisonWorker: ['referral:create', 'referral:read'],
  staffOfficer: ['figures:read', 'team:read', 'funding:read'],
  // The lead partner carries the money and the secondment agreements.
  leadPartner: ['figures:read', 'team:read', 'team:manage', 'funding:read', 'funding:manage'],
  // Steering-group members and employers see aggregates only, never a family.
  steeringMember: ['figures:read', 'funding:read'],
  partnerReferrer: ['referral:create', 'referral:read', 'sharing:receive'],
  // Technical administration; an administrator does not read children's files by default.
  administrator: ['reference:manage', 'account:unlock', 'session:configure', 'mail:read', 'retention:manage'],
  // Aggregates and the list of collaborations only: never a family, never a referral.
  platformAdministrator: ['platform:manage', 'platform:figures'],
  platformAnalyst: ['platform:figures'],
};

/** The roles above collaborations (ADR 054): set at installation, never by a collaboration's people. */
export const PLATFORM_ROLES: readonly Role[] = ['platformAdministrator', 'platformAnalyst'];

export function isPlatformRole(role: Role): boolean {
  return PLATFORM_ROLES.includes(role);
}

// Governance (R14, R15): the staff officer and the coordinator keep the bodies, meetings and
// minutes; members read their own bodies and give advice. Never a referral or a family.
const GOVERNANCE_GRANTS: Partial<Record<Role, readonly Permission[]>> = {
  coordinator: ['governance:read', 'governance:advise', 'governance:manage'],
  staffOfficer: ['governance:read', 'governance:advise', 'governance:manage'],
  coach: ['governance:read', 'governance:advise'],
  liaisonWorker: ['governance:read', 'governance:advise'],
  leadPartner: ['governance:read', 'governance:advise'],
  steeringMember: ['governance:read', 'governance:advise'],
};

/** Which bodies a person reaches: all of the collaboration's, or those they are a member of. */
export type GovernanceScope = 'collaboration' | 'memberOf' | 'none';

export function governanceScope(roles: readonly Role[]): GovernanceScope {
  if (can(roles, 'governance:manage')) return 'collaboration';
  return can(roles, 'governance:read') ? 'memberOf' : 'none';
}

// Family files only for the people who work with families; steering members, employers,
// staff, partners and administrators get none of these (aggregates only, ADR 004). The
// waiting list and the team's caseload name families: the coordinator's (ADR 010).
const FAMILY_GRANTS: Partial<Record<Role, readonly Permission[]>> = {
  coordinator: [
    'family:read',
    'family:write',
    'family:assign',
    'family:audit',
    'family:merge',
    'trajectory:approve',
    'caseload:read',
    'retention:manage',
    'retention:read',
  ],
  coach: ['family:read', 'family:write', 'trajectory:approve'],
  liaisonWorker: ['family:read', 'family:write'],
};

// R23: the central registration point is the coordinator's desk. Its lists name waiting
// families and who coaches them, like the waiting list and caseload (caseload:read), so no
// other role reads them: the regional coach (role `coach`) is not a family coach, and family
// coaches — often volunteers without an account — are told of a match by the coordinator.
const COACHING_GRANTS: Partial<Record<Role, readonly Permission[]>> = {
  coordinator: ['coaching:manage'],
};

// Issue 12: the coordinator runs the collaboration day to day and the administrator sets it up;
// both keep its partner organisations and its people's accounts.
const ACCOUNT_GRANTS: Partial<Record<Role, readonly Permission[]>> = {
  coordinator: ['organisation:manage', 'account:manage'],
  administrator: ['organisation:manage', 'account:manage'],
};

// ADR 054: a platform administrator never reads a family file, not even through another role
// the same account holds: the platform role takes away everything that names a family.
// (How long files are kept is a policy, not a family: an administrator keeps `retention:manage`.)
const NAMES_A_FAMILY: ReadonlySet<Permission> = new Set([
  ...Object.values(FAMILY_GRANTS)
    .flat()
    .filter((p) => p !== 'retention:manage'),
  ...Object.values(COACHING_GRANTS).flat(),
  'referral:create',
  'referral:read',
  'referral:decide',
  'referral:audit',
  'sharing:receive',
]);

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const all = roles.flatMap((r) => [
    ...(GRANTS[r] ?? []),
    ...(ACCOUNT_GRANTS[r] ?? []),
    ...(GOVERNANCE_GRANTS[r] ?? []),
    ...(FAMILY_GRANTS[r] ?? []),
    ...(COACHING_GRANTS[r] ?? []),
  ]);
  if (roles.some(isPlatformRole)) return new Set(all.filter((p) => !NAMES_A_FAMILY.has(p)));
  return new Set(all);
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return permissionsOf(roles).has(permission);
}

/**
 * Which referrals a person reaches: the intake desk (coordinator, coach) all of the
 * collaboration's; a liaison worker those they registered; a partner referrer those their
 * organisation registered, so a CLB follows its own referrals and nobody else's.
 */
export type ReferralScope = 'collaboration' | 'registeredByMe' | 'registeredByMyOrganisation' | 'none';

export function referralScope(roles: readonly Role[]): ReferralScope {
  if (roles.some(isPlatformRole)) return 'none'; // ADR 054
  if (roles.includes('coordinator') || roles.includes('coach')) return 'collaboration';
  if (roles.includes('liaisonWorker')) return 'registeredByMe';
  if (roles.includes('partnerReferrer')) return 'registeredByMyOrganisation';
  return 'none';
}

/** Figures leave the team only aggregated, with small counts suppressed. */
export function seesSuppressedFigures(roles: readonly Role[]): boolean {
  const team: Role[] = ['coordinator', 'coach', 'staffOfficer', 'leadPartner', 'liaisonWorker'];
  return !roles.some((r) => team.includes(r));
}
