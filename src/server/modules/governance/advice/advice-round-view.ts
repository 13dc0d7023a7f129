import type { AdviceDto, AdviceRoundDto } from '../../../../contracts/governance/advice';
import { isAskedForAdvice, summarizeAdviceRound } from '../../../../domain/advice';
import type { Actor } from '../../../platform/auth/actor';
import type { Executor } from '../../../platform/db/database';
import { listBodies, listMembers } from '../bodies/bodies.repository';
import { currentMembers, isMemberRow } from '../bodies/body-view';
import { findItemsByIds, findMeetings } from '../meetings/meetings.repository';
import { toDecisionDto } from '../outcomes/outcome-views';
import { listDecisions } from '../outcomes/outcomes.repository';
import type { AdviceRoundRow, AdviceRow } from './advice.repository';
import { listAdvices } from './advice.repository';

export function toAdviceDto(a: AdviceRow): AdviceDto {
  return {
    id: a.id,
    memberId: a.memberId,
    kind: a.kind,
    amendment: a.amendment,
    againstVisionAndValues: a.againstVisionAndValues,
    harmToClientsOrStakeholders: a.harmToClientsOrStakeholders,
    objection: a.objection,
    followUp: a.followUp,
    objectionStatus: a.objectionStatus,
    resolutionNote: a.resolutionNote,
    givenOn: a.givenOn,
    recordedBy: a.recordedBy,
  };
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

/**
 * Rounds with every member asked (the body's members on the day the round opened), their advice,
 * the R14 summary and the decision once taken.
 */
export async function adviceRoundDtos(
  db: Executor,
  actor: Actor,
  rounds: AdviceRoundRow[],
  today: string,
): Promise<AdviceRoundDto[]> {
  if (rounds.length === 0) return [];
  const c = actor.collaborationId;
  const bodyIds = unique(rounds.map((r) => r.bodyId));
  const roundIds = rounds.map((r) => r.id);
  const bodies = new Map((await listBodies(db, c, bodyIds)).map((b) => [b.id, b]));
  const members = await listMembers(db, c, bodyIds);
  const advices = await listAdvices(db, roundIds);
  const decisions = await listDecisions(db, c, {
    bodyIds: null,
    adviceRoundIds: roundIds,
    sharedOnly: false,
  });
  const meetings = new Map(
    (await findMeetings(db, c, unique(rounds.map((r) => r.meetingId)))).map((m) => [m.id, m]),
  );
  const items = new Map(
    (await findItemsByIds(db, unique(rounds.map((r) => r.agendaItemId)))).map((i) => [i.id, i]),
  );

  return rounds.map((round) => {
    const given = advices.filter((a) => a.roundId === round.id);
    const bodyMembers = members.filter((m) => m.bodyId === round.bodyId);
    const asked = currentMembers(bodyMembers, round.openedOn).filter((m) => isAskedForAdvice(m.role));
    const gaveAdvice = bodyMembers.filter(
      (m) => !asked.includes(m) && given.some((a) => a.memberId === m.id),
    );
    const decision = decisions.find((d) => d.decision.adviceRoundId === round.id);
    const meeting = round.meetingId ? meetings.get(round.meetingId) : undefined;
    const item = round.agendaItemId ? items.get(round.agendaItemId) : undefined;
    return {
      id: round.id,
      body: { id: round.bodyId, name: bodies.get(round.bodyId)?.name ?? '' },
      meeting: meeting ? { id: meeting.id, date: meeting.date } : null,
      agendaItem: item ? { id: item.id, title: item.title } : null,
      title: round.title,
      proposal: round.proposal,
      openedOn: round.openedOn,
      status: round.status,
      members: [...asked, ...gaveAdvice].map((m) => {
        const advice = given.find((a) => a.memberId === m.id);
        return {
          memberId: m.id,
          name: m.name,
          organisationName: m.organisationName,
          isMe: isMemberRow(m, actor),
          advice: advice ? toAdviceDto(advice) : null,
        };
      }),
      summary: summarizeAdviceRound(
        given.map((a) => ({
          memberId: a.memberId,
          kind: a.kind,
          objectionStatus: a.objectionStatus,
        })),
        asked.map((m) => m.id),
      ),
      decision: decision ? toDecisionDto(decision, today) : null,
    };
  });
}
