export { listAuditTrail } from './list-audit-trail';
export { type AccountEvent, type AccountEventAction, recordAccountEvent } from './record-account-event';
export { type AuditAction, type AuditEntry, recordAudit } from './record-audit';
