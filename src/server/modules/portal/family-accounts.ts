// The worker's side of the family's door (issue 13 point 1, ADR 044): from the file, invite a
// parent or a young person from 12 (R27), see the family's accounts, close one. Each through the
// file's door (ADR 010): only the coordinator and the workers with the file; audited.
import type {
  FamilyAccountDto,
  FamilyInvitationBody,
  FamilyInvitationDto,
  InstructionSheetBody,
} from '../../../contracts/portal';
import { mayHaveOwnAccount } from '../../../domain/family-visibility';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile, listMembersOf } from '../families';
import {
  deactivateFamilyAccount,
  type InvitationOptions,
  inviteFamilyMember,
  listFamilyAccounts,
} from '../identity';

export async function invitePortalMember(
  db: Db,
  actor: Actor,
  familyId: string,
  memberId: string,
  body: FamilyInvitationBody,
  options: InvitationOptions,
): Promise<FamilyInvitationDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const member = (await listMembersOf(tx, [family.id])).find((m) => m.id === memberId);
    if (!member) throw notFound();
    if (!mayHaveOwnAccount(member, actor.clock.today()))
      throw unprocessable('FAMILY_ACCOUNT_TOO_YOUNG', 'memberId');
    const name = [member.givenName, member.familyName].filter(Boolean).join(' ');
    return inviteFamilyMember(
      tx,
      actor,
      { familyId: family.id, memberId, givenName: member.givenName, displayName: name || 'Gezinslid' },
      body,
      options,
    );
  });
}

export async function listPortalAccounts(
  db: Db,
  actor: Actor,
  familyId: string,
): Promise<FamilyAccountDto[]> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { view: 'familyAccounts' },
    });
    return listFamilyAccounts(tx, actor.collaborationId, family.id);
  });
}

export async function closePortalAccount(
  db: Db,
  actor: Actor,
  familyId: string,
  memberId: string,
): Promise<FamilyAccountDto> {
  return inFamilyFile(db, actor, familyId, (tx, family) =>
    deactivateFamilyAccount(tx, actor, family.id, memberId),
  );
}

/**
 * The worker printed the instruction sheet of a one-time code (issue 13): audited, so the file
 * shows who handed a sign-in to whom. The code never comes here: the browser holds it from the
 * invitation's answer and forgets it when the dialog closes; this row says only the language.
 */
export async function recordInstructionSheet(
  db: Db,
  actor: Actor,
  familyId: string,
  memberId: string,
  body: InstructionSheetBody,
): Promise<void> {
  await inFamilyFile(db, actor, familyId, async (tx, family) => {
    const [account] = (await listFamilyAccounts(tx, actor.collaborationId, family.id)).filter(
      (a) => a.memberId === memberId,
    );
    if (account?.status !== 'invited') throw notFound();
    await recordAudit(tx, actor, {
      action: 'print',
      entityType: 'account',
      entityId: account.userId,
      familyId: family.id,
      details: { document: 'instructionSheet', locale: body.locale },
    });
  });
}
