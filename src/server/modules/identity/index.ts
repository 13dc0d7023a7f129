// What other modules and the app may use of identity.
export { createUser, type NewUser } from './create-user';
export { countUsers, deleteExpiredSessions, isUserOfCollaboration } from './identity.repository';
export { identityRoutes } from './identity.routes';
export { listPeople, type Person } from './list-people';
export { resolveSession } from './resolve-session';
export { SESSION_COOKIE } from './session-token';
