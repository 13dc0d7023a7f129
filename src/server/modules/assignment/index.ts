// R10: caseload per FTE and assignment by availability. It reads the team (workers, absences),
// the families (assignments) and the trajectories (open ones); nothing depends on it.
export { assignByAvailability } from './assign-by-availability';
export { anonymiseDecisionsOf } from './assignment.repository';
export { assignmentRoutes } from './assignment.routes';
export { assignmentGuard } from './assignment-guard';
export { getAssignmentSuggestion } from './get-assignment-suggestion';
export { moveAssignmentDecisions } from './move-assignment-decisions';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
