import type { BodyDto, BodyMemberInput } from '../../../../contracts/governance/bodies';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { notFound } from '../../../platform/http/app-error';
import { requireBody } from '../governance-scope';
import { findMember, updateMember } from './bodies.repository';
import { getBody } from './get-body';
import { memberFields } from './member-fields';

/**
 * Changes a membership; someone leaving gets an end date rather than being deleted, so the
 * minutes and advice of their time keep their name.
 */
export async function updateBodyMember(
  db: Db,
  actor: Actor,
  bodyId: string,
  memberId: string,
  input: BodyMemberInput,
): Promise<BodyDto> {
  return db.transaction(async (tx) => {
    const { body } = await requireBody(tx, actor, bodyId);
    const member = await findMember(tx, actor.collaborationId, body.id, memberId);
    if (!member) throw notFound();
    await updateMember(tx, member.id, await memberFields(tx, actor, input));
    return getBody(tx, actor, body.id);
  });
}
