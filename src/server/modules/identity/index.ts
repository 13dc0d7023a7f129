// What other modules and the app may use of identity.
export { createUser, type NewUser } from './create-user';
export { countUsers, deleteExpiredSessions } from './identity.repository';
export { identityRoutes } from './identity.routes';
export { findPeople, listPeopleWithRoles, type Person } from './people';
export { resolveSession } from './resolve-session';
export { SESSION_COOKIE } from './session-token';
