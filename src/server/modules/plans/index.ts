// What other modules and the app may use of plans.

// The family's own portal reads its plan through these (issue 13).
export { loadPlanComparison } from './compare-plan-versions';
export { foldPlanInto } from './fold-plans';
export { loadPlan, loadPlanVersion } from './get-plan';
export { currentPlanContents, currentPlanOf, firstPlanDates } from './plan-facts';
export { toPlanVersionDto } from './plan-view';
export { deletePlansOf } from './plans.repository';
export { plansRoutes } from './plans.routes';
export { recordPlanAgreement } from './record-agreement';
export { saveNextVersion, savePlan } from './save-plan';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
