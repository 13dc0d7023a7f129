import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { insertAuditEvents } from './audit.repository';

export type AuditAction =
  | 'read'
  | 'list'
  | 'create'
  | 'update'
  | 'decide'
  | 'link'
  | 'dismissDuplicate'
  // the family's journey
  | 'assign'
  | 'agree'
  | 'close'
  | 'print'
  // R17: two files of one family became one
  | 'merge'
  // Issue 12: partner organisations and people's accounts
  | 'deactivate'
  | 'reactivate'
  | 'invite'
  | 'changeRoles'
  // Issue 13: consent and sharing (R29), minors (R27), marks kept from the family (R27, R28)
  | 'withdraw'
  | 'share'
  | 'assess'
  | 'mark'
  // Issue 13: R31 a pseudonymous family's identity added; R16 a copy of the file taken; R30 a file destroyed
  | 'identify'
  | 'copy'
  | 'destroy'
  // Issue 13: the family speaks (R16)
  | 'seen'
  // Issue 13: documents shared with the family (ADR 052)
  | 'download'
  | 'unshare';

export type AuditEntry = {
  action: AuditAction;
  entityType:
    | 'referral'
    | 'family'
    | 'familyPlan'
    | 'trajectory'
    | 'contact'
    | 'coachMatch'
    | 'organisation'
    | 'account'
    | 'consent'
    | 'sharing'
    | 'competenceAssessment'
    | 'itemMark'
    | 'familyEntry'
    | 'planResponse'
    | 'correctionRequest'
    | 'familyMessage'
    | 'offer'
    | 'document'
    // Issue 15: a collaboration made by the platform administrator; a hand-over between two
    | 'collaboration'
    | 'handOver';
  entityId: string;
  familyId?: string | null;
  details?: Record<string, unknown>;
};

/**
 * Writes who saw or changed a family's data. Call it with the transaction of the read or
 * write itself: the audit row and the data commit together or not at all.
 */
export async function recordAudit(tx: Executor, actor: Actor, entries: AuditEntry | AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await insertAuditEvents(
    tx,
    list.map((e) => ({
      collaborationId: actor.collaborationId,
      actorUserId: actor.userId,
      actorDisplayName: actor.displayName,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      familyId: e.familyId ?? null,
      details: e.details ?? null,
    })),
  );
}

/**
 * Every family a list or a search shows is a read of that family (ADR 005): one row each, with
 * what showed it.
 */
export async function recordFamiliesShown(
  tx: Executor,
  actor: Actor,
  action: 'list' | 'read',
  familyIds: readonly string[],
  details: Record<string, unknown>,
) {
  await recordAudit(
    tx,
    actor,
    familyIds.map((familyId) => ({ action, entityType: 'family', entityId: familyId, familyId, details })),
  );
}

/**
 * What eenplan did by itself, with no one signed in (R30: the daily job destroyed a file). The
 * row names no person: the actor is eenplan, the details say only which rule and when.
 */
export async function recordSystemAudit(tx: Executor, collaborationId: string, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  await insertAuditEvents(
    tx,
    entries.map((e) => ({
      collaborationId,
      actorUserId: null,
      actorDisplayName: 'eenplan',
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      familyId: e.familyId ?? null,
      details: e.details ?? null,
    })),
  );
}
