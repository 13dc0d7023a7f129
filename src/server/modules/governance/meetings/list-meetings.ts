import type { MeetingSummaryDto, MeetingsQuery } from '../../../../contracts/governance/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { listBodies } from '../bodies/bodies.repository';
import { bodyAccessOf, reaches } from '../governance-scope';
import { toMeetingSummary } from './meeting-view';
import { countItems, listMeetings as queryMeetings } from './meetings.repository';

/** Meetings of the bodies a person reaches: upcoming ones soonest first, past ones newest first. */
export async function listMeetings(db: Db, actor: Actor, query: MeetingsQuery): Promise<MeetingSummaryDto[]> {
  const today = actor.clock.today();
  const access = await bodyAccessOf(db, actor);
  if (query.bodyId && !reaches(access, query.bodyId)) return [];
  const rows = await queryMeetings(db, actor.collaborationId, {
    bodyIds: access.bodyIds,
    bodyId: query.bodyId,
    fromDate: query.when === 'upcoming' ? today : undefined,
    beforeDate: query.when === 'past' ? today : undefined,
    invitedOnly: !access.isManager,
    newestFirst: query.when !== 'upcoming',
    limit: query.limit,
  });
  const bodies = new Map(
    (await listBodies(db, actor.collaborationId, [...new Set(rows.map((m) => m.bodyId))])).map((b) => [
      b.id,
      b,
    ]),
  );
  const counts = await countItems(
    db,
    rows.map((m) => m.id),
  );
  return rows.flatMap((m) => {
    const body = bodies.get(m.bodyId);
    return body ? [toMeetingSummary(m, body, counts.get(m.id) ?? 0, today)] : [];
  });
}
