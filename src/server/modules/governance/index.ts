// What other modules and the app may use of governance.

export { closeObjection } from './advice/close-objection';
export { decideAdviceRound } from './advice/decide-advice-round';
export { giveAdvice } from './advice/give-advice';
export { openAdviceRound } from './advice/open-advice-round';
export { addBodyMember } from './bodies/add-body-member';
export { createBody } from './bodies/create-body';
export { governanceRoutes } from './governance.routes';
export { freezeFigures } from './meetings/freeze-figures';
// The reminder scan (notifications): meetings soon and to-dos due, with the people to remind.
export { listMeetingsSoon } from './meetings/meeting-reminders';
export { planMeeting } from './meetings/plan-meeting';
export { recordAttendance } from './meetings/record-attendance';
export { recordPreviousMinutes } from './meetings/record-previous-minutes';
export { sendInvitation } from './meetings/send-invitation';
export { shareMinutes } from './meetings/share-minutes';
export { updateAgendaItem } from './meetings/update-agenda-item';
export { createAgreement } from './outcomes/create-agreement';
export { createTodo } from './outcomes/create-todo';
export { recordDecision } from './outcomes/record-decision';
export { recordSignature } from './outcomes/record-signature';
export { listTodoDueItems } from './outcomes/todo-reminders';
export { updateTodo } from './outcomes/update-todo';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
