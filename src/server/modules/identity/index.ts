// R30: a destroyed file's family accounts close for good (ADR 047).

// What other modules and the app may use of identity.
export { accountsRoutes } from './accounts.routes';
// A family member's own account (issue 13, ADR 044).
export { createFamilyAccount } from './create-family-account';
export { createUser } from './create-user';
export { deactivateFamilyAccount } from './deactivate-family-account';
export { listFamilyAccounts } from './family-account-view';
export { closeFamilyAccountsOf, listFamilyAccountUserIds } from './family-accounts.repository';
export { countUsers, isUserOfCollaboration } from './identity.repository';
export { identityRoutes } from './identity.routes';
export { invitationsRoutes } from './invitations.routes';
export { inviteFamilyMember } from './invite-family-member';
// The team's "add worker" invites the person in the same transaction (issue 12).
export { invitePersonIn } from './invite-person';
export type { InvitationOptions } from './issue-invitation';
// Governance links accounts as members of bodies (a narrower view of a person: no roles).
export { listPeople } from './list-people';
// Mail to people (messages): their address and language.
export { findFamilyMemberRecipient, findMailRecipients } from './mail-recipients';
export { passkeysRoutes } from './passkeys.routes';
export { PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';
export { passwordResetRoutes } from './password-reset.routes';
export { findPeople, listPeopleOfOrganisation, listPeopleWithRoles, type Person } from './people';
export { resolveSession } from './resolve-session';
export { upsertSecondFactorRule } from './second-factor.repository';
export { secondFactorRoutes } from './second-factor.routes';
export { SESSION_COOKIE } from './session-token';
export { singleSignOnRoutes } from './single-sign-on.routes';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
