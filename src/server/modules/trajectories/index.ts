// What other modules and the app may use of trajectories.
export { closeTrajectory } from './close-trajectory';
export { planCoordinationMeeting, recordCoordinationMeeting } from './coordination-meetings';
export { familyCareHoursOfYear } from './family-care-hours';
// The reminder scan (notifications): what of the journeys is due, and for whom.
export { listJourneyDueItems } from './journey-reminders';
export { moveFamilyJourney } from './move-family-journey';
export { recordCareWeek } from './record-care-week';
export { recordContact } from './record-contact';
export { requestExtension } from './request-extension';
export { startTrajectory } from './start-trajectory';
export {
  anonymiseJourneyOf,
  countOpenTrajectoriesByFamily,
  listContactsOf,
  listMeetingsOf,
  listTrajectoriesOf,
} from './trajectories.repository';
export { trajectoriesRoutes } from './trajectories.routes';
export { updateTrajectoryDetails } from './update-trajectory';
// The social map (issue 14): who waits for which partner (R18).
export { type PartnerWaiting, waitingPerPartner } from './waiting-per-partner.repository';
export { worklistRoutes } from './worklist.routes';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
