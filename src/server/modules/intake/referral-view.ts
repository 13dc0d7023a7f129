// Referral rows → what the API shows: names of line, municipality and zone, the family's
// members, and where the referral stands against its deadlines (R4, R26).
import type { PossibleDuplicateDto, ReferralDto, ReferralSummaryDto } from '../../../contracts/intake';
import { answerDeadline, perspectiveConversationDeadline } from '../../../domain/answer-target';
import type { IsoDate } from '../../../domain/dates';
import type { Executor } from '../../platform/db/database';
import { familyLabel } from '../families';
import type { ReferralRow } from './intake.repository';
import { findReferralViewParts, type ReferralViewParts } from './referral-view-parts.repository';

type Related = ReferralViewParts;

function loadRelated(db: Executor, rows: ReferralRow[]): Promise<Related> {
  return findReferralViewParts(db, rows[0]?.collaborationId ?? null, {
    lineIds: rows.map((r) => r.fundingLineId),
    municipalityNis: rows.map((r) => r.municipalityNis),
    familyIds: rows.map((r) => r.familyId),
  });
}

function toSummary(row: ReferralRow, related: Related, today: string): ReferralSummaryDto {
  const line = related.lines.get(row.fundingLineId);
  const municipality = related.municipalities.get(row.municipalityNis);
  const members = related.membersByFamily.get(row.familyId) ?? [];
  const target = line?.answerTargetWorkingDays ?? 3;
  const answer = answerDeadline({
    receivedOn: row.receivedOn,
    decidedOn: row.decidedOn,
    today,
    targetWorkingDays: target,
  });
  const perspective = perspectiveConversationDeadline({
    receivedOn: row.receivedOn,
    heldOn: row.perspectiveConversationOn,
    today,
  });
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    receivedOn: row.receivedOn,
    fundingLine: { code: line?.code ?? '', name: line?.name ?? '' },
    registrant: {
      organisationKind: row.registrantOrganisationKind,
      organisationName: row.registrantOrganisationName,
    },
    referredThrough: row.referredThroughKind
      ? { kind: row.referredThroughKind, name: row.referredThroughName }
      : null,
    municipality: { nisCode: row.municipalityNis, name: municipality?.name ?? row.municipalityNis },
    primaryCareZone:
      row.primaryCareZoneCode && municipality
        ? { code: row.primaryCareZoneCode, name: municipality.primaryCareZone.name }
        : null,
    isOutsideRegion: row.isOutsideRegion,
    familyLabel: familyLabel(members),
    pseudonym: related.families.get(row.familyId)?.pseudonym ?? null,
    childrenCount: members.filter((m) => m.role === 'child').length,
    decision:
      row.decidedOn && row.status !== 'received'
        ? { outcome: row.status as 'started', reason: row.decisionReasonCode, decidedOn: row.decidedOn }
        : null,
    answer: { ...answer, targetWorkingDays: target },
    perspectiveConversation: { ...perspective, heldOn: row.perspectiveConversationOn },
    duplicateReview: row.duplicateReview,
    overQuota: row.overQuota,
  };
}

export async function toReferralSummaries(
  db: Executor,
  rows: ReferralRow[],
  today: IsoDate,
): Promise<ReferralSummaryDto[]> {
  const related = await loadRelated(db, rows);
  return rows.map((row) => toSummary(row, related, today));
}

/** The detail view; `known` when the caller already holds its parts (a registration just wrote them). */
export async function toReferralDetail(
  db: Executor,
  row: ReferralRow,
  possibleDuplicates: PossibleDuplicateDto[],
  today: IsoDate,
  known?: Related,
): Promise<ReferralDto> {
  const related = known ?? (await loadRelated(db, [row]));
  const summary = toSummary(row, related, today);
  return {
    ...summary,
    registrant: {
      ...summary.registrant,
      contactName: row.registrantContactName,
      contactEmail: row.registrantContactEmail,
      contactPhone: row.registrantContactPhone,
    },
    familyId: row.familyId,
    members: related.membersByFamily.get(row.familyId) ?? [],
    requestForHelp: row.requestForHelp,
    consentToRefer: row.consentToRefer,
    decision: summary.decision
      ? {
          ...summary.decision,
          note: row.decisionNote,
          decidedBy: row.decidedByName,
          overQuotaReason: row.overQuotaReason,
        }
      : null,
    possibleDuplicates,
    identity: identityOf(related, row.familyId),
    createdAt: row.createdAt.toISOString(),
  };
}

function identityOf(related: Related, familyId: string): ReferralDto['identity'] {
  const family = related.families.get(familyId);
  return family?.identifiedAt
    ? { addedAt: family.identifiedAt.toISOString(), addedBy: family.identifiedByName }
    : null;
}
