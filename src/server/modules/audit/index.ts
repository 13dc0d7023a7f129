export { auditInsertOf, listReadsOfFamily } from './audit.repository';
export { listAuditTrail } from './list-audit-trail';
export { recordAccountEvent } from './record-account-event';
export { recordAudit, recordFamiliesShown, recordSystemAudit } from './record-audit';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
