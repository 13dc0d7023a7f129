export { listAuditTrail } from './list-audit-trail';
export { recordAccountEvent } from './record-account-event';
export { recordAudit, recordFamiliesShown } from './record-audit';
