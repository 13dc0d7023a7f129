import type { ReferralDto } from '../../../contracts/intake';
import { can } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { listMembersOf, toMemberView } from '../families';
import { findReferral, type ReferralRow, referralsVisibleTo } from './intake.repository';
import { possibleDuplicatesFor } from './possible-duplicates';
import { toReferralDetail } from './referral-view';

export async function getReferral(db: Db, actor: Actor, id: string): Promise<ReferralDto> {
  return db.transaction(async (tx) => {
    const row = await findReferral(tx, referralsVisibleTo(actor), id);
    if (!row) throw notFound();
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'referral',
      entityId: row.id,
      familyId: row.familyId,
    });
    return referralDetailFor(tx, actor, row);
  });
}

/** The detail view; the desk also sees the candidate families while a duplicate review is open. */
export async function referralDetailFor(tx: Executor, actor: Actor, row: ReferralRow): Promise<ReferralDto> {
  if (row.duplicateReview !== 'pending' || !can(actor.roles, 'referral:decide'))
    return toReferralDetail(tx, row, [], actor.clock.today());
  const members = (await listMembersOf(tx, [row.familyId])).map(toMemberView);
  const duplicates = await possibleDuplicatesFor(tx, actor, {
    municipalityNis: row.municipalityNis,
    members,
    excludeFamilyId: row.familyId,
  });
  return toReferralDetail(tx, row, duplicates, actor.clock.today());
}
