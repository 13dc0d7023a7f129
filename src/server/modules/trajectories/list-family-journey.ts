import type { FamilyReferralDto } from '../../../contracts/families';
import type { ContactDto, TrajectoryDto } from '../../../contracts/trajectories';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { referralsOfFamilies } from '../intake';
import { toContactDto } from './contact-view';
import { listContactsOf, listTrajectoriesOf } from './trajectories.repository';
import { toTrajectoryDtos } from './trajectory-view';

// The family's journey as lists, each read of the file audited with what was shown.

export async function listTrajectories(db: Db, actor: Actor, familyId: string): Promise<TrajectoryDto[]> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const rows = await listTrajectoriesOf(tx, [family.id]);
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { view: 'trajectories' },
    });
    return toTrajectoryDtos(tx, rows, actor.clock.today());
  });
}

export async function listContacts(db: Db, actor: Actor, familyId: string): Promise<ContactDto[]> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const rows = await listContactsOf(tx, family.id);
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { view: 'contacts' },
    });
    return rows.map(toContactDto);
  });
}

/** The referrals the family came with: where its journey started (R26). */
export async function listFamilyReferrals(
  db: Db,
  actor: Actor,
  familyId: string,
): Promise<FamilyReferralDto[]> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const referrals = await referralsOfFamilies(tx, actor.collaborationId, [family.id]);
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { view: 'referrals' },
    });
    return referrals.map(({ familyId: _f, decidedOn: _d, ...dto }) => dto);
  });
}
