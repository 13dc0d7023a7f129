export { listAuditTrail } from './list-audit-trail';
export { recordAccountEvent } from './record-account-event';
export { recordAudit } from './record-audit';
