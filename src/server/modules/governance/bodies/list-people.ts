import type { PersonDto } from '../../../../contracts/governance/bodies';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { listPeople as queryPeople } from '../../identity';
import { listOrganisations } from '../../network';

/** The collaboration's accounts a membership can be linked to, with their organisation. */
export async function listPeople(db: Db, actor: Actor): Promise<PersonDto[]> {
  const people = await queryPeople(db, actor.collaborationId);
  const organisations = new Map(
    (await listOrganisations(db, actor.collaborationId)).map((o) => [o.id, o.name] as const),
  );
  return people.map((p) => ({
    userId: p.userId,
    displayName: p.displayName,
    organisation:
      p.organisationId && organisations.has(p.organisationId)
        ? { id: p.organisationId, name: organisations.get(p.organisationId) as string }
        : null,
  }));
}
