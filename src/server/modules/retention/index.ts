// R30: how long files are kept, the coordinator's list of what is due, and the daily job that
// destroys a due file — each module destroying its own part (ADR 047). Nothing depends on it but
// the app and main.ts (the job).
export { destroyDueFiles } from './destroy-due-files';
export { FAMILY_DATA_RETENTION } from './family-data-retention';
export { keptUntilOf } from './file-retention';
export { retentionRoutes } from './retention.routes';
export { startRetentionJob } from './start-retention-job';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
