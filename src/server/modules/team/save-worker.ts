import type { EditWorkerInput, NewWorkerInput, WorkerInput } from '../../../contracts/team';
import { ROLE_OF_WORKER_FUNCTION } from '../../../domain/accounts';
import { caseloadLimitOf, isFamilyCoach } from '../../../domain/family-coaching';
import { can } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../platform/http/app-error';
import { type InvitationOptions, invitePersonIn, isUserOfCollaboration } from '../identity';
import { findOrganisation, getServedZones } from '../network';
import { getTeam } from './get-team';
import { findTypeModule, findWorker, insertWorker, updateWorker } from './team.repository';

async function checkReferences(db: Executor, actor: Actor, input: WorkerInput) {
  if (!(await findOrganisation(db, actor.collaborationId, input.homeOrganisationId))) {
    throw unprocessable('ORGANISATION_UNKNOWN', 'homeOrganisationId');
  }
  if (input.typeModuleId && !(await findTypeModule(db, actor.collaborationId, input.typeModuleId))) {
    throw unprocessable('TYPE_MODULE_UNKNOWN', 'typeModuleId');
  }
  if (
    input.zoneCode &&
    !(await getServedZones(db, actor.collaborationId)).some((z) => z.code === input.zoneCode)
  ) {
    throw unprocessable('ZONE_NOT_SERVED', 'zoneCode');
  }
  if (input.userId && !(await isUserOfCollaboration(db, actor.collaborationId, input.userId))) {
    throw unprocessable('USER_UNKNOWN', 'userId');
  }
  if (input.secondmentEnd && input.secondmentEnd < input.secondmentStart) {
    throw unprocessable('SECONDMENT_END_BEFORE_START', 'secondmentEnd');
  }
  if (input.fteTeam + input.fteHomeOrganisation > 100)
    throw unprocessable('FTE_ABOVE_FULL_TIME', 'fteHomeOrganisation');
}

const values = (input: WorkerInput) => ({
  ...input,
  typeModuleId: input.typeModuleId ?? null,
  secondmentEnd: input.secondmentEnd ?? null,
  zoneCode: input.zoneCode ?? null,
  site: input.site || null,
  flexibleSpreadingFrom: input.flexibleSpreadingFrom ?? null,
  userId: input.userId ?? null,
  // R23: a family coach always has a limit (7 unless lowered); nobody else has one.
  caseloadLimit: isFamilyCoach(input.function) ? caseloadLimitOf(input.caseloadLimit) : null,
});

/**
 * A new worker; with `inviteEmail` their account is invited in the same transaction (issue 12),
 * so a refused invitation (an address already in use) adds no worker either.
 */
export async function createWorker(
  db: Db,
  actor: Actor,
  { inviteEmail, ...input }: NewWorkerInput,
  /** Where invitation links point; the demo seed invites nobody and passes none. */
  invitations: InvitationOptions = { publicUrl: 'http://localhost:3000' },
) {
  return db.transaction(async (tx) => {
    await checkReferences(tx, actor, input);
    if (inviteEmail) {
      // team:manage (a lead partner too) adds workers; making accounts is account:manage's.
      if (!can(actor.roles, 'account:manage')) throw new AppError(403, 'FORBIDDEN');
      if (input.userId) throw unprocessable('WORKER_ALREADY_HAS_ACCOUNT', 'inviteEmail');
    }
    const userId = inviteEmail
      ? (
          await invitePersonIn(
            tx,
            actor,
            {
              email: inviteEmail,
              displayName: input.displayName,
              roles: [ROLE_OF_WORKER_FUNCTION[input.function]],
              organisationId: input.homeOrganisationId,
              locale: 'nl',
            },
            invitations,
          )
        ).id
      : input.userId;
    return insertWorker(tx, { collaborationId: actor.collaborationId, ...values({ ...input, userId }) });
  });
}

/**
 * Changes a worker from the version the lead partner started from (ADR 020): a worker saved
 * meanwhile is not overwritten; 409 RECORD_CHANGED answers the worker as it is now.
 */
export async function changeWorker(db: Db, actor: Actor, id: string, input: EditWorkerInput) {
  const { baseVersion, ...fields } = input;
  const saved = await db.transaction(async (tx) => {
    if (!(await findWorker(tx, actor.collaborationId, id))) throw notFound();
    await checkReferences(tx, actor, fields);
    return updateWorker(tx, id, baseVersion, values(fields));
  });
  if (saved) return saved;
  const current = (await getTeam(db, actor)).workers.find((w) => w.id === id);
  if (!current) throw notFound();
  throw new AppError(409, 'RECORD_CHANGED', {
    details: { record: 'worker', id, currentVersion: current.version, current },
  });
}
