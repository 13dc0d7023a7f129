// What other modules and the app may use of family coaching (R23).

export { anonymiseMatchesOf } from './coaching.repository';
export { coachingRoutes } from './coaching.routes';
export { endMatch } from './end-match';
export { matchFamily } from './match-family';
export { moveCoachMatches } from './move-coach-matches';
export { referralsWaitingForCoach } from './referrals-waiting-for-coach';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
