// R30: the daily job. Every file whose youngest member has turned the collaboration's retention
// age — and that no open trajectory holds — is destroyed: what identifies the family goes, the
// counting material for the figures stays (ADR 047). Each file in its own transaction, locked and
// checked again, so that a second run, or two workers at once, destroy nothing twice.
import type { Clock } from '../../../domain/clock';
import { brusselsDay } from '../../../domain/dates';
import { DEFAULT_RETENTION_AGE, retentionDueOn, retentionState } from '../../../domain/retention';
import type { Db, Tx } from '../../platform/db/database';
import { inCollaboration } from '../../platform/db/tenant-context';
import { anonymiseDecisionsOf } from '../assignment';
import { recordSystemAudit } from '../audit';
import { anonymiseMatchesOf } from '../coaching';
import { deleteConsentRecordsOf } from '../consent';
import { anonymiseFamilyFiles, fileAndMergedFiles, listMembersOf, lockFileForDestruction } from '../families';
import { closeFamilyAccountsOf } from '../identity';
import { anonymiseReferralsOf } from '../intake';
import { listCollaborationIds } from '../network';
import { deletePlansOf } from '../plans';
import { anonymiseJourneyOf, countOpenTrajectoriesByFamily } from '../trajectories';
import { fileRetentions, retentionMemberOf } from './file-retention';
import { listRetentionSettings } from './retention.repository';

export const DESTROY_DUE_FILES_TASK = 'retention:destroy-due-files';

/**
 * A module's rows of the files being destroyed, deleted in the destroying transaction — for the
 * modules retention cannot import without a cycle (the voice builds on the portal, which asks
 * retention how long a file is kept). The composition root hands them in (main.ts), like the
 * family's mail at closing; they run first, before the plan versions the rows may be about.
 */
export type FileDataDeleter = (tx: Tx, familyIds: string[]) => Promise<void>;

/** Every collaboration in turn, each inside its own (ADR 053): the run reads one tenant's files at a time. */
export async function destroyDueFiles(
  db: Db,
  clock: Clock,
  deleters: readonly FileDataDeleter[],
): Promise<{ destroyed: number }> {
  let destroyed = 0;
  for (const collaborationId of await listCollaborationIds(db))
    destroyed += (
      await inCollaboration(collaborationId, () => destroyDueFilesIn(db, collaborationId, clock, deleters))
    ).destroyed;
  return { destroyed };
}

/** The files due in one collaboration (row-level security shows no other; the filter says so too). */
async function destroyDueFilesIn(
  db: Db,
  collaborationId: string,
  clock: Clock,
  deleters: readonly FileDataDeleter[],
): Promise<{ destroyed: number }> {
  const today = clock.today();
  const ages = new Map((await listRetentionSettings(db)).map((s) => [s.collaborationId, s.retentionAge]));
  const ageOf = (collaborationId: string) => ages.get(collaborationId) ?? DEFAULT_RETENTION_AGE;
  const due = (await fileRetentions(db, { today, ageOf })).filter(
    (f) => f.state === 'due' && f.collaborationId === collaborationId,
  );
  let destroyed = 0;
  for (const file of due) {
    const done = await db.transaction((tx) =>
      destroyFile(tx, {
        collaborationId: file.collaborationId,
        familyId: file.familyId,
        today,
        age: ageOf(file.collaborationId),
        deleters,
      }),
    );
    if (done) destroyed += 1;
  }
  return { destroyed };
}

/** One file, locked and checked again; false when it was destroyed meanwhile or is no longer due. */
async function destroyFile(
  tx: Tx,
  input: {
    collaborationId: string;
    familyId: string;
    today: string;
    age: number;
    deleters: readonly FileDataDeleter[];
  },
): Promise<boolean> {
  const family = await lockFileForDestruction(tx, input.collaborationId, input.familyId);
  if (!family || family.mergedIntoId) return false;
  const members = await listMembersOf(tx, [family.id]);
  const dueOn = retentionDueOn(members.map(retentionMemberOf), input.age, brusselsDay(family.createdAt));
  const open = (await countOpenTrajectoriesByFamily(tx, input.collaborationId)).get(family.id) ?? 0;
  if (retentionState({ dueOn, today: input.today, hasOpenTrajectory: open > 0 }) !== 'due') return false;

  const ids = await fileAndMergedFiles(tx, family.id);
  for (const deleteRows of input.deleters) await deleteRows(tx, ids);
  const plans = await deletePlansOf(tx, ids);
  await deleteConsentRecordsOf(tx, ids);
  const journey = await anonymiseJourneyOf(tx, ids);
  const referrals = await anonymiseReferralsOf(tx, ids);
  await anonymiseMatchesOf(tx, ids);
  await anonymiseDecisionsOf(tx, ids);
  const accounts = await closeFamilyAccountsOf(tx, ids); // before the members lose their names
  const file = await anonymiseFamilyFiles(tx, ids, input.today);
  // No name, no birth date, no words: the rule, the age and how much went.
  await recordSystemAudit(
    tx,
    input.collaborationId,
    ids.map((id) => ({
      action: 'destroy' as const,
      entityType: 'family' as const,
      entityId: id,
      familyId: id,
      details: {
        rule: 'R30',
        retentionAge: input.age,
        ...(id === family.id
          ? { mergedFiles: ids.length - 1, planVersions: plans, referrals, accounts, ...journey, ...file }
          : { destroyedWith: family.id }),
      },
    })),
  );
  return true;
}
