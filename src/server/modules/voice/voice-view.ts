// The family's voice as both sides read it: entries with their history, answers to plan
// versions, correction requests with their answers, and the message thread.
import type {
  CorrectionDto,
  EntryDto,
  FamilyMessageDto,
  FamilyVoiceDto,
  PlanResponseDto,
} from '../../../contracts/voice';
import {
  type CorrectionSubject,
  isPlanSubject,
  MAIN_FIELD_OF,
  planItemText,
} from '../../../domain/family-voice';
import type { Executor } from '../../platform/db/database';
import { currentPlanOf } from '../plans';
import { listContactsOf } from '../trajectories';
import { memberName } from './in-own-family';
import {
  type CorrectionRow,
  type EntryRow,
  listCorrectionsOf,
  listEntriesOf,
  listMessagesOf,
  listPlanResponsesOf,
  type MessageRow,
  type PlanResponseRow,
} from './voice.repository';

/** What a subject reads as now: null when it is gone (or, for the family, hidden). */
export type About = (subject: CorrectionSubject, subjectId: string) => string | null;

type Member = { id: string; givenName: string | null; familyName: string | null };
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Each entry's latest state, with the wordings it replaced (an edit is a new row, ADR 045). */
export function toEntryDtos(
  rows: EntryRow[],
  names: Map<string, string>,
  about: About = () => null,
): EntryDto[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return rows
    .filter((r) => r.supersededAt === null)
    .map((r) => {
      const history: EntryDto['history'] = [];
      for (let prev = r.previousId ? byId.get(r.previousId) : undefined; prev; ) {
        history.unshift({ text: prev.text, createdAt: prev.createdAt.toISOString() });
        prev = prev.previousId ? byId.get(prev.previousId) : undefined;
      }
      return {
        id: r.id,
        subject: r.subject,
        subjectId: r.subjectId,
        planVersion: r.planVersion,
        memberId: r.memberId,
        author: names.get(r.memberId) ?? '—',
        about: about(r.subject, r.subjectId),
        text: r.text,
        createdAt: r.createdAt.toISOString(),
        withdrawnAt: iso(r.withdrawnAt),
        history,
        isNew: r.seenAt === null,
      };
    });
}

function toResponseDto(r: PlanResponseRow, names: Map<string, string>): PlanResponseDto {
  return {
    memberId: r.memberId,
    member: names.get(r.memberId) ?? '—',
    planVersion: r.planVersion,
    agrees: r.agrees,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
    isNew: r.seenAt === null,
  };
}

export function toCorrectionDto(
  r: CorrectionRow,
  names: Map<string, string>,
  about: About = () => null,
): CorrectionDto {
  return {
    id: r.id,
    subject: r.subject,
    subjectId: r.subjectId,
    field: r.field,
    planVersion: r.planVersion,
    memberId: r.memberId,
    member: names.get(r.memberId) ?? '—',
    about: about(r.subject, r.subjectId),
    originalText: r.originalText,
    reason: r.reason,
    proposedText: r.proposedText,
    createdAt: r.createdAt.toISOString(),
    status: r.status,
    answer:
      r.status === 'open' || !r.answeredAt
        ? null
        : {
            by: r.answeredByName ?? '—',
            at: r.answeredAt.toISOString(),
            reason: r.answerReason,
            correctedText: r.correctedText,
            correctedInVersion: r.correctedInVersion,
          },
  };
}

export function toMessageDto(r: MessageRow): FamilyMessageDto {
  return {
    id: r.id,
    from: r.memberId ? 'family' : 'worker',
    memberId: r.memberId,
    author: r.authorName,
    text: r.text,
    createdAt: r.createdAt.toISOString(),
    readAt: iso(r.readAt),
  };
}

export function namesOf(members: Member[]) {
  return new Map(members.map((m) => [m.id, memberName(m)]));
}

/**
 * Everything the family said about its file. `visibleContactIds`: for the family's own view,
 * the contacts it may read (R28) — words and requests about a note hidden since are left out.
 */
export async function familyVoiceOf(
  tx: Executor,
  familyId: string,
  members: Member[],
  visibleContactIds?: Set<string>,
): Promise<FamilyVoiceDto> {
  const names = namesOf(members);
  const plan = await currentPlanOf(tx, familyId);
  const contacts = new Map((await listContactsOf(tx, familyId)).map((c) => [c.id, c.note]));
  const visible = (subject: string, subjectId: string) =>
    !visibleContactIds || subject !== 'contact' || visibleContactIds.has(subjectId);
  const about: About = (subject, subjectId) => {
    if (!isPlanSubject(subject)) return contacts.get(subjectId) ?? null;
    return plan ? (planItemText(plan.content, subject, subjectId, MAIN_FIELD_OF[subject]) ?? null) : null;
  };
  const entries = (await listEntriesOf(tx, familyId)).filter((r) => visible(r.subject, r.subjectId));
  const corrections = (await listCorrectionsOf(tx, familyId)).filter((r) => visible(r.subject, r.subjectId));
  return {
    familyId,
    currentPlanVersion: plan?.version ?? null,
    entries: toEntryDtos(entries, names, about),
    responses: (await listPlanResponsesOf(tx, familyId)).map((r) => toResponseDto(r, names)),
    corrections: corrections.map((r) => toCorrectionDto(r, names, about)),
    messages: (await listMessagesOf(tx, familyId)).map(toMessageDto),
  };
}
