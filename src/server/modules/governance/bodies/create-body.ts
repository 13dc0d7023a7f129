import type { BodyDto, BodyInput } from '../../../../contracts/governance/bodies';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { insertBody } from './bodies.repository';
import { getBody } from './get-body';

/** A new body of the collaboration: steering group, employers' council, working group, … */
export async function createBody(db: Db, actor: Actor, input: BodyInput): Promise<BodyDto> {
  return db.transaction(async (tx) => {
    const body = await insertBody(tx, {
      collaborationId: actor.collaborationId,
      kind: input.kind,
      name: input.name,
      abbreviation: input.abbreviation || null,
      description: input.description || null,
      isActive: input.isActive ?? true,
    });
    return getBody(tx, actor, body.id);
  });
}
