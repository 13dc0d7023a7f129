export { assignByAvailability } from './assign-by-availability';
export { createTypeModule } from './create-type-module';
export { getAssignmentSuggestion } from './get-assignment-suggestion';
export { getTeam } from './get-team';
export { recordAbsence } from './record-absence';
export { createWorker } from './save-worker';
export { teamRoutes } from './team.routes';
