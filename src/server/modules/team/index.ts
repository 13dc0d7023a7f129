export { createTypeModule } from './create-type-module';
export { getTeam } from './get-team';
export { recordAbsence } from './record-absence';
export { createWorker } from './save-worker';
export { teamRoutes } from './team.routes';
