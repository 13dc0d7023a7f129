import type { BodySummaryDto } from '../../../../contracts/governance/bodies';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { bodyAccessOf } from '../governance-scope';
import { listMeetings } from '../meetings/meetings.repository';
import { listMembers, listBodies as queryBodies } from './bodies.repository';
import { toBodySummary } from './body-view';

/** The bodies a person reaches, each with its current members, lead and next meeting. */
export async function listBodies(db: Db, actor: Actor): Promise<BodySummaryDto[]> {
  const today = actor.clock.today();
  const access = await bodyAccessOf(db, actor);
  const bodies = await queryBodies(db, actor.collaborationId, access.bodyIds);
  const ids = bodies.map((b) => b.id);
  const members = await listMembers(db, actor.collaborationId, ids);
  const upcoming = await listMeetings(db, actor.collaborationId, {
    bodyIds: ids,
    fromDate: today,
    invitedOnly: !access.isManager,
    newestFirst: false,
    limit: 500,
  });
  return bodies.map((body) => {
    const next = upcoming.find((m) => m.bodyId === body.id);
    return toBodySummary(
      body,
      members.filter((m) => m.bodyId === body.id),
      { actor, today, nextMeeting: next ? { id: next.id, date: next.date } : null },
    );
  });
}
