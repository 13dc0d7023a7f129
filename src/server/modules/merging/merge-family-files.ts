// R17, one family, one plan: two files of one family become one. Each module moves what it
// owns; this file only says in which order and audits the whole. Every table with a foreign key
// to families is handled here (tests/integration/family-merge.test.ts reads the catalog).
import { can } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { moveAssignmentDecisions } from '../assignment';
import { recordAudit } from '../audit';
import { moveCoachMatches } from '../coaching';
import { moveConsentsOfFamily } from '../consent';
import { moveDocumentsToFamily } from '../documents';
import { lockFilesForMerge, mergeFamilyInto } from '../families';
import { moveReferralsToFamily } from '../intake';
import { foldPlanInto } from '../plans';
import { moveFamilyJourney } from '../trajectories';
import { moveFamilyVoice } from '../voice';

/**
 * Merges the file `fromId` into `intoId` in the caller's transaction: both family rows are
 * locked first, so a second merge of either waits and then finds it merged (409).
 */
export async function mergeFamilyFiles(
  tx: Tx,
  actor: Actor,
  input: { intoId: string; fromId: string; field: string },
) {
  if (!can(actor.roles, 'family:merge')) throw new AppError(403, 'FORBIDDEN');
  const { collaborationId } = actor;
  const { intoId, fromId } = input;
  await lockFilesForMerge(tx, { collaborationId, ...input });
  const ids = { collaborationId, fromId, intoId };

  await moveCoachMatches(tx, ids); // first: it may refuse (two running coaches)
  await moveReferralsToFamily(tx, collaborationId, fromId, intoId);
  const journey = await moveFamilyJourney(tx, ids); // trajectories, contacts, meetings
  await moveAssignmentDecisions(tx, ids);
  await moveConsentsOfFamily(tx, ids); // R27 R29: consents and the sharing log go with the file
  await moveFamilyVoice(tx, ids); // the message thread
  await moveDocumentsToFamily(tx, ids); // ADR 052: documents, with their marks and sharing
  const plan = await foldPlanInto(tx, actor, { fromId, intoId }); // a new version, agreed anew
  const members = await mergeFamilyInto(tx, {
    fromId,
    intoId,
    mergedBy: actor.userId,
    mergedAt: actor.clock.now(),
  });

  await recordAudit(tx, actor, [
    {
      action: 'merge',
      entityType: 'family',
      entityId: intoId,
      familyId: intoId,
      details: { mergedFamilyId: fromId, planVersion: plan?.version ?? null, ...journey, ...members },
    },
    {
      action: 'merge',
      entityType: 'family',
      entityId: fromId,
      familyId: fromId,
      details: { mergedIntoId: intoId },
    },
  ]);
}
