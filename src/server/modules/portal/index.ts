// The family's own view (R16): for now the worker's preview of it and the printed plan.
export { portalRoutes } from './portal.routes';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
