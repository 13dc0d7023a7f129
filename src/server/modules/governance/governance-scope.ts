// Which bodies a person reaches (ADR 009): the staff officer and the coordinator all of their
// collaboration's; everyone else the bodies they are a member or deputy of today. Anything
// else does not exist for them (404), the same as an id of another collaboration.
import { governanceScope } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { bodyIdsOfUser, findBody } from './bodies/bodies.repository';
import { findMeeting } from './meetings/meetings.repository';

export type BodyAccess = {
  /** null: every body of the collaboration. */
  bodyIds: string[] | null;
  isManager: boolean;
};

export async function bodyAccessOf(db: Executor, actor: Actor): Promise<BodyAccess> {
  switch (governanceScope(actor.roles)) {
    case 'collaboration':
      return { bodyIds: null, isManager: true };
    case 'memberOf':
      return {
        bodyIds: await bodyIdsOfUser(db, actor.collaborationId, actor.userId, actor.clock.today()),
        isManager: false,
      };
    default:
      return { bodyIds: [], isManager: false };
  }
}

export function reaches(access: BodyAccess, bodyId: string): boolean {
  return access.bodyIds === null || access.bodyIds.includes(bodyId);
}

export async function requireBody(db: Executor, actor: Actor, bodyId: string) {
  const access = await bodyAccessOf(db, actor);
  const body = await findBody(db, actor.collaborationId, bodyId);
  if (!body || !reaches(access, body.id)) throw notFound();
  return { body, access };
}

/**
 * A meeting as the actor may see it. Members see it once the invitation went out (or the
 * minutes were shared), and the minutes themselves only once shared: drafts stay with the
 * staff officer.
 */
export async function requireMeeting(
  db: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const meeting = await findMeeting(db, actor.collaborationId, id, options);
  if (!meeting) throw notFound();
  const access = await bodyAccessOf(db, actor);
  if (!reaches(access, meeting.bodyId)) throw notFound();
  if (!access.isManager && !meeting.invitedAt && !meeting.minutesSharedAt) throw notFound();
  const body = await findBody(db, actor.collaborationId, meeting.bodyId);
  if (!body) throw notFound();
  return { meeting, body, access, showMinutes: access.isManager || meeting.minutesSharedAt !== null };
}
