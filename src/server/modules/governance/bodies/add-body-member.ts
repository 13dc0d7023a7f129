import type { BodyDto, BodyMemberInput } from '../../../../contracts/governance/bodies';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { requireBody } from '../governance-scope';
import { insertMember } from './bodies.repository';
import { getBody } from './get-body';
import { memberFields } from './member-fields';

/** A person joins a body: their organisation, role in the body, from–to and deputy. */
export async function addBodyMember(
  db: Db,
  actor: Actor,
  bodyId: string,
  input: BodyMemberInput,
): Promise<BodyDto> {
  return db.transaction(async (tx) => {
    const { body } = await requireBody(tx, actor, bodyId);
    await insertMember(tx, {
      collaborationId: actor.collaborationId,
      bodyId: body.id,
      ...(await memberFields(tx, actor, input)),
    });
    return getBody(tx, actor, body.id);
  });
}
