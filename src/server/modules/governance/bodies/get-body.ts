import type { BodyDto } from '../../../../contracts/governance/bodies';
import type { Actor } from '../../../platform/auth/actor';
import type { Executor } from '../../../platform/db/database';
import { requireBody } from '../governance-scope';
import { listMeetings } from '../meetings/meetings.repository';
import { listMembers } from './bodies.repository';
import { toBodyDto } from './body-view';

/** A body with all its members, past ones included (the minutes of their time name them). */
export async function getBody(db: Executor, actor: Actor, id: string): Promise<BodyDto> {
  const today = actor.clock.today();
  const { body, access } = await requireBody(db, actor, id);
  const members = await listMembers(db, actor.collaborationId, [body.id]);
  const [next] = await listMeetings(db, actor.collaborationId, {
    bodyIds: [body.id],
    fromDate: today,
    invitedOnly: !access.isManager,
    newestFirst: false,
    limit: 1,
  });
  return toBodyDto(body, members, {
    actor,
    today,
    nextMeeting: next ? { id: next.id, date: next.date } : null,
  });
}
