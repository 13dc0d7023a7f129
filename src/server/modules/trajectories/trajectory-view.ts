// Trajectory rows → what the API shows: the kind's own state computed by its rule (R1 end and
// warning, R2 contact due, R3 what the hand-over still misses, R5 hours and first contact) on
// today's date.
import type { MeetingDto, TrajectoryDto } from '../../../contracts/trajectories';
import type { IsoDate } from '../../../domain/dates';
import {
  bridgingContactStatus,
  handoverMissing,
  needsCoordinationMeetings,
  shortTermStatus,
} from '../../../domain/trajectories';
import type { Executor } from '../../platform/db/database';
import { findFundingLinesByIds } from '../funding';
import { toFamilyCareDto } from './family-care-view';
import {
  type CareWeekRow,
  type HandoverRecord,
  lastContactDates,
  listCareWeeksOf,
  listMeetingsOf,
  type MeetingRow,
  type TrajectoryRow,
} from './trajectories.repository';

export const extensionOf = (row: TrajectoryRow) =>
  row.extensionUntilOn && row.extensionRequestedBy
    ? {
        requestedBy: row.extensionRequestedBy,
        untilOn: row.extensionUntilOn,
        acceptedOn: row.extensionAcceptedOn,
      }
    : null;

export const emptyHandover = (): HandoverRecord => ({
  receivingServices: [],
  conversationOn: null,
  conversationParticipants: [],
  sharedInformation: null,
  coordinationAgreement: null,
});

export function toMeetingDto(m: MeetingRow): MeetingDto {
  return {
    id: m.id,
    plannedOn: m.plannedOn,
    heldOn: m.heldOn,
    participants: m.participants,
    decisions: m.decisions,
    isFamilyPresent: m.isFamilyPresent,
    version: m.version,
  };
}

function toDto(
  row: TrajectoryRow,
  related: {
    line?: { code: string; name: string };
    meetings: MeetingRow[];
    lastContactOn: string | null;
    careWeeks: CareWeekRow[];
  },
  today: string,
): TrajectoryDto {
  const isOpen = row.status === 'open';
  const extension = extensionOf(row);
  const handover =
    row.handover ?? (row.kind === 'handover' || row.kind === 'movingOut' ? emptyHandover() : null);
  const bridging =
    row.kind === 'bridging' && row.waitingFor && row.waitingListOf && row.waitingSince
      ? bridgingContactStatus({
          startedOn: row.startedOn,
          lastContactOn: related.lastContactOn,
          today: row.closedOn ?? today,
        })
      : null;
  return {
    id: row.id,
    familyId: row.familyId,
    kind: row.kind,
    fundingLine: { code: related.line?.code ?? '', name: related.line?.name ?? '' },
    referralId: row.referralId,
    startedOn: row.startedOn,
    status: row.status,
    startedBy: row.startedByName,
    shortTerm:
      row.kind === 'shortTerm'
        ? shortTermStatus({ startedOn: row.startedOn, today: row.closedOn ?? today, extension })
        : null,
    extension:
      row.extensionReason && row.extensionUntilOn && row.extensionRequestedOn
        ? {
            reason: row.extensionReason,
            untilOn: row.extensionUntilOn,
            requestedOn: row.extensionRequestedOn,
            requestedBy: row.extensionRequestedByName ?? '',
            acceptedOn: row.extensionAcceptedOn,
            acceptedBy: row.extensionAcceptedByName,
          }
        : null,
    bridging: bridging
      ? {
          waitingFor: row.waitingFor as string,
          waitingListOf: row.waitingListOf as string,
          waitingSince: row.waitingSince as string,
          lastContactOn: bridging.lastContactOn,
          daysWithoutContact: bridging.daysWithoutContact,
          contactDueOn: bridging.dueOn,
          contactState: bridging.state,
        }
      : null,
    handover: handover
      ? {
          ...handover,
          missing: isOpen ? handoverMissing(handover) : [],
          needsCoordinationMeetings: needsCoordinationMeetings(handover),
        }
      : null,
    movingOut:
      row.kind === 'movingOut'
        ? { newMunicipality: row.newMunicipality ?? '', movingOn: row.movingOn }
        : null,
    familyCare: row.kind === 'familyCare' ? toFamilyCareDto(row, related.careWeeks, today) : null,
    meetings: related.meetings.map(toMeetingDto),
    version: row.version,
    closing:
      row.closedOn && row.closeReason
        ? {
            closedOn: row.closedOn,
            reason: row.closeReason,
            note: row.closeNote,
            closingConversationOn: row.closingConversationOn,
            familyRating: row.familyRating,
            familyWords: row.familyWords,
            goals: {
              total: row.goalsTotal ?? 0,
              reached: row.goalsReached ?? 0,
              partlyReached: row.goalsPartlyReached ?? 0,
            },
            servicesAtStart: row.servicesAtStart ?? 0,
            servicesAtEnd: row.servicesAtEnd ?? 0,
            closedBy: row.closedByName ?? '',
          }
        : null,
  };
}

export async function toTrajectoryDtos(
  db: Executor,
  rows: TrajectoryRow[],
  today: IsoDate,
): Promise<TrajectoryDto[]> {
  const lines = new Map(
    (await findFundingLinesByIds(db, [...new Set(rows.map((r) => r.fundingLineId))])).map((l) => [l.id, l]),
  );
  const meetings = await listMeetingsOf(
    db,
    rows.map((r) => r.id),
  );
  const lastContacts = await lastContactDates(db, [...new Set(rows.map((r) => r.familyId))]);
  const careWeeks = await listCareWeeksOf(
    db,
    rows.filter((r) => r.kind === 'familyCare').map((r) => r.id),
  );
  return rows.map((row) =>
    toDto(
      row,
      {
        line: lines.get(row.fundingLineId),
        meetings: meetings.filter((m) => m.trajectoryId === row.id),
        lastContactOn: lastContacts.get(row.familyId) ?? null,
        careWeeks: careWeeks.filter((w) => w.trajectoryId === row.id),
      },
      today,
    ),
  );
}

export async function toTrajectoryDto(
  db: Executor,
  row: TrajectoryRow,
  today: IsoDate,
): Promise<TrajectoryDto> {
  return (await toTrajectoryDtos(db, [row], today))[0] as TrajectoryDto;
}
