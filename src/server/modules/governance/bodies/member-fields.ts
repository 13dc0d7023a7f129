import type { BodyMemberInput } from '../../../../contracts/governance/bodies';
import { checkMembership } from '../../../../domain/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Executor } from '../../../platform/db/database';
import { unprocessable } from '../../../platform/http/app-error';
import { listPeople } from '../../identity';
import { findOrganisation } from '../../network';

/**
 * The columns of a membership, after checking that its account, deputy and organisation belong
 * to the actor's own collaboration. The organisation's name is kept with the membership.
 */
export async function memberFields(db: Executor, actor: Actor, input: BodyMemberInput) {
  const problem = checkMembership({ from: input.from, to: input.to ?? null });
  if (problem) throw unprocessable(problem.code, problem.field);
  const accounts = [input.userId, input.deputyUserId].filter((id): id is string => Boolean(id));
  const known = new Set((await listPeople(db, actor.collaborationId, accounts)).map((p) => p.userId));
  if (input.userId && !known.has(input.userId)) throw unprocessable('GOVERNANCE_PERSON_UNKNOWN', 'userId');
  if (input.deputyUserId && !known.has(input.deputyUserId))
    throw unprocessable('GOVERNANCE_PERSON_UNKNOWN', 'deputyUserId');
  let organisationName = input.organisationName || null;
  if (input.organisationId) {
    const organisation = await findOrganisation(db, actor.collaborationId, input.organisationId);
    if (!organisation) throw unprocessable('GOVERNANCE_ORGANISATION_UNKNOWN', 'organisationId');
    organisationName = organisation.name;
  }
  return {
    userId: input.userId ?? null,
    name: input.name,
    organisationId: input.organisationId ?? null,
    organisationName,
    role: input.role,
    fromDate: input.from,
    toDate: input.to ?? null,
    deputyName: input.deputyName || null,
    deputyUserId: input.deputyName ? (input.deputyUserId ?? null) : null,
  };
}
