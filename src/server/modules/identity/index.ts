// What other modules and the app may use of identity.
export { createUser } from './create-user';
export { countUsers, isUserOfCollaboration } from './identity.repository';
export { identityRoutes } from './identity.routes';
// Governance links accounts as members of bodies (a narrower view of a person: no roles).
export { listPeople } from './list-people';
export { PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';
export { findPeople, listPeopleWithRoles, type Person } from './people';
export { resolveSession } from './resolve-session';
export { SESSION_COOKIE } from './session-token';
export { singleSignOnRoutes } from './single-sign-on.routes';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
