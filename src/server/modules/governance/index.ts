// What other modules and the app may use of governance.
export { addBodyMember } from './add-body-member';
export { closeObjection } from './close-objection';
export { createAgreement } from './create-agreement';
export { createBody } from './create-body';
export { createTodo } from './create-todo';
export { decideAdviceRound } from './decide-advice-round';
export { freezeFigures } from './freeze-figures';
export { giveAdvice } from './give-advice';
export { governanceRoutes } from './governance.routes';
export { openAdviceRound } from './open-advice-round';
export { planMeeting } from './plan-meeting';
export { recordAttendance } from './record-attendance';
export { recordDecision } from './record-decision';
export { recordPreviousMinutes } from './record-previous-minutes';
export { recordSignature } from './record-signature';
export { sendInvitation } from './send-invitation';
export { shareMinutes } from './share-minutes';
export { updateAgendaItem } from './update-agenda-item';
export { updateTodo } from './update-todo';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
