import type { AssignmentGuard } from '../modules/families';

/**
 * The demo's journeys begin months before its first load, so their assignments are history:
 * they carry no R10 decision of today (the two recorded demo decisions are made through the
 * assignment card's use case). Real assignments always pass the R10 guard (app.ts).
 */
export const demoHistory: AssignmentGuard = async () => ({ demoHistory: true });
