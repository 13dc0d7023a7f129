// The family's own view (R16): the worker's preview of it, the printed plan, and the family's own
// portal (issue 13): own-family.ts is the door every portal use case opens its family through.
export { portalConsentRoutes } from './consents.routes';
export { type FamilyActor, inOwnFamily, type OwnFamily } from './own-family';
export { portalRoutes } from './portal.routes';
export { tellFamilyFileClosed } from './tell-family-file-closed';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
