import type { BodyDto, BodyInput } from '../../../../contracts/governance/bodies';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { requireBody } from '../governance-scope';
import { updateBody as writeBody } from './bodies.repository';
import { getBody } from './get-body';

export async function updateBody(db: Db, actor: Actor, id: string, input: BodyInput): Promise<BodyDto> {
  return db.transaction(async (tx) => {
    const { body } = await requireBody(tx, actor, id);
    await writeBody(tx, body.id, {
      kind: input.kind,
      name: input.name,
      abbreviation: input.abbreviation || null,
      description: input.description || null,
      isActive: input.isActive ?? body.isActive,
    });
    return getBody(tx, actor, body.id);
  });
}
