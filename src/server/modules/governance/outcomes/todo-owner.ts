import type { Actor } from '../../../platform/auth/actor';
import type { Executor } from '../../../platform/db/database';
import { unprocessable } from '../../../platform/http/app-error';
import { listPeople } from '../../identity';
import { findOrganisation } from '../../network';

type OwnerInput = { ownerName?: string; ownerUserId?: string | null; ownerOrganisationId?: string | null };
export type TodoOwner = { ownerName: string; ownerUserId: string | null; ownerOrganisationId: string | null };

/**
 * R15, issue 12: who owns a to-do — an active person of this collaboration, an active partner
 * organisation, or (as before) a name such as "the lead partner". A chosen person or partner
 * gives the name that lists and minutes show.
 */
export async function resolveTodoOwner(tx: Executor, actor: Actor, input: OwnerInput): Promise<TodoOwner> {
  if (input.ownerUserId) {
    const [person] = await listPeople(tx, actor.collaborationId, [input.ownerUserId]);
    if (!person) throw unprocessable('TODO_OWNER_UNKNOWN', 'ownerUserId');
    return { ownerName: person.displayName, ownerUserId: person.userId, ownerOrganisationId: null };
  }
  if (input.ownerOrganisationId) {
    const organisation = await findOrganisation(tx, actor.collaborationId, input.ownerOrganisationId);
    if (!organisation?.isActive) throw unprocessable('TODO_OWNER_UNKNOWN', 'ownerOrganisationId');
    return { ownerName: organisation.name, ownerUserId: null, ownerOrganisationId: organisation.id };
  }
  if (!input.ownerName?.trim()) throw unprocessable('TODO_OWNER_REQUIRED', 'ownerName');
  return { ownerName: input.ownerName, ownerUserId: null, ownerOrganisationId: null };
}

/** Does a change name a new owner at all? Otherwise the owner stays as it is. */
export const changesOwner = (input: OwnerInput) =>
  input.ownerName !== undefined || input.ownerUserId !== undefined || input.ownerOrganisationId !== undefined;
