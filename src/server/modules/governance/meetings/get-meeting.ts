import type { MeetingDto } from '../../../../contracts/governance/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { meetingDetail } from './meeting-view';

/** One meeting, read in one transaction so the agenda, minutes and outcomes agree. */
export async function getMeeting(db: Db, actor: Actor, id: string): Promise<MeetingDto> {
  return db.transaction((tx) => meetingDetail(tx, actor, id));
}
