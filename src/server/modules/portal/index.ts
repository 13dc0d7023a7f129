// The family's own view (R16): for now the worker's preview of it and the printed plan.
export { portalRoutes } from './portal.routes';
