import type { ContactDto } from '../../../contracts/trajectories';
import type { ContactRow } from './trajectories.repository';

export function toContactDto(row: ContactRow): ContactDto {
  return {
    id: row.id,
    familyId: row.familyId,
    trajectoryId: row.trajectoryId,
    kind: row.kind,
    occurredOn: row.occurredOn,
    durationMinutes: row.durationMinutes,
    participants: row.participants,
    note: row.note,
    hiddenFromFamily: row.hiddenReason,
    recordedBy: row.recordedByName,
    createdAt: row.createdAt.toISOString(),
  };
}
