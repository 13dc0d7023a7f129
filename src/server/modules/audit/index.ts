export { listAuditTrail } from './list-audit-trail';
export { type AuditAction, type AuditEntry, recordAudit } from './record-audit';
