// What other modules and the app may use of intake.
// R4's open answer deadlines, for the reminder scan (notifications).
export { listOpenAnswerDeadlines } from './answer-deadlines';
export { createReferral } from './create-referral';
export { decideReferral } from './decide-referral';
export {
  type ReferralFact,
  referralsOfFamilies,
  startedOrWaitingReferralsOnLine,
  startedReferrals,
  waitingListReferrals,
} from './family-referrals';
export { referralFigureCounts } from './figure-rows';
export {
  anonymiseReferralsOf,
  countStartedOnLine,
  lineStartsByQuarter,
  lineUseOfYear,
  moveReferralsToFamily,
} from './intake.repository';
export { intakeRoutes } from './intake.routes';
export { listIncompleteReferrals } from './list-incomplete-referrals';
export { presetNotStartedReasons } from './preset-reasons';
export { recordPerspectiveConversation } from './record-perspective-conversation';
export { reviewDuplicate } from './review-duplicate';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
