import type { TeamMemberDto } from '../../../contracts/families';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { listPeopleWithRoles } from '../identity';
import { listActiveAssignments } from './families.repository';

/** The liaison workers and coaches one can assign, with how many families each has now. */
export async function listAssignableTeam(db: Executor, actor: Actor): Promise<TeamMemberDto[]> {
  const people = await listPeopleWithRoles(db, actor.collaborationId, ['liaisonWorker', 'coach']);
  const active = await listActiveAssignments(db, actor.collaborationId, actor.clock.today());
  return people.map((p) => ({
    id: p.id,
    displayName: p.displayName,
    roles: p.roles,
    activeFamilies: new Set(active.filter((a) => a.userId === p.id).map((a) => a.familyId)).size,
  }));
}
