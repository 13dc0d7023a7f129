// What other modules and the app may use of plans.

export { foldPlanInto } from './fold-plans';
export { currentPlanContents, currentPlanOf, firstPlanDates } from './plan-facts';
export { toPlanVersionDto } from './plan-view';
export { plansRoutes } from './plans.routes';
export { recordPlanAgreement } from './record-agreement';
export { saveNextVersion, savePlan } from './save-plan';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
