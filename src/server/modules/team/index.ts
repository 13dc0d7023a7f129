export { getTeam } from './get-team';
export { recordAbsence } from './record-absence';
export { createTypeModule } from './save-type-module';
export { createWorker } from './save-worker';
// What assignment by availability (R10) reads of the team.
export { findWorker, listAbsences, listWorkers } from './team.repository';
export { teamRoutes } from './team.routes';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
