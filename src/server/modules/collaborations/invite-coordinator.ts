import type { AccountDto } from '../../../contracts/accounts';
import type { InviteCoordinatorBody } from '../../../contracts/collaborations';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { inCollaboration } from '../../platform/db/tenant-context';
import { notFound } from '../../platform/http/app-error';
import { type InvitationOptions, invitePersonIn } from '../identity';
import { findCollaboration } from '../network';

/**
 * Issue 15: the first coordinator of a collaboration, invited by e-mail like any person (ADR 034).
 * They get what the first run gave the person installing eenplan before: coordinator and
 * administrator of their collaboration, so they set its own lines, targets, retention and sign-in.
 * The platform administrator acts inside that collaboration for this one invitation only: the
 * account, the link and the audit entry are the collaboration's.
 */
export async function inviteCoordinator(
  db: Db,
  actor: Actor,
  collaborationId: string,
  input: InviteCoordinatorBody,
  options: InvitationOptions,
): Promise<AccountDto> {
  if (!(await findCollaboration(db, collaborationId))) throw notFound();
  return inCollaboration(collaborationId, () =>
    db.transaction((tx) =>
      invitePersonIn(
        tx,
        // Only the administrator role may hand out the administrator role (ADR 034).
        { ...actor, collaborationId, roles: ['administrator'], organisationId: null },
        { ...input, roles: ['coordinator', 'administrator'], organisationId: null },
        options,
      ),
    ),
  );
}
