// Consent, sharing and assessment rows → what the API shows the worker and the family.
import type { AssessmentDto, ConsentDto, SharingDto } from '../../../contracts/consent';
import { consentHolds } from '../../../domain/consent';
import type { IsoDate } from '../../../domain/dates';
import { isAssessmentInForce } from '../../../domain/minors';
import type { OrganisationKind } from '../../../domain/organisation-kinds';
import type { Executor } from '../../platform/db/database';
import { listOrganisations } from '../network';
import type { AssessmentRow, ConsentRow, SharingRow } from './consent.repository';
import { type FamilyConsentFacts, memberName } from './consent-facts';

type OrganisationRef = { id: string; name: string; kind: OrganisationKind };

export async function organisationsById(tx: Executor, collaborationId: string) {
  const rows = await listOrganisations(tx, collaborationId);
  return new Map<string, OrganisationRef>(rows.map((o) => [o.id, { id: o.id, name: o.name, kind: o.kind }]));
}

export function toConsentDto(
  row: ConsentRow,
  facts: FamilyConsentFacts,
  organisations: Map<string, OrganisationRef>,
  today: IsoDate,
): ConsentDto {
  return {
    id: row.id,
    memberId: row.memberId,
    memberName: memberName(facts.members.find((m) => m.id === row.memberId)),
    recipient: row.recipient,
    organisation: row.organisationId ? (organisations.get(row.organisationId) ?? null) : null,
    purpose: row.purpose,
    scopes: row.scopes,
    givenOn: row.givenOn,
    source: row.source,
    formDate: row.formDate,
    recordedBy: row.recordedByName,
    childView: row.childView,
    withdrawnOn: row.withdrawnOn,
    withdrawnBy: row.withdrawnByName,
    isInForce: consentHolds(row, today),
    version: row.version,
  };
}

/** A sharing stays readable for the partner only while every consent it rests on holds (R29). */
export function isSharingInForce(row: SharingRow, consents: ConsentRow[], today: IsoDate): boolean {
  return row.consentIds.every((id) => {
    const consent = consents.find((c) => c.id === id);
    return consent !== undefined && consentHolds(consent, today);
  });
}

export function toSharingDto(
  row: SharingRow,
  consents: ConsentRow[],
  organisations: Map<string, OrganisationRef>,
  today: IsoDate,
): SharingDto {
  return {
    id: row.id,
    organisation: organisations.get(row.organisationId) ?? {
      id: row.organisationId,
      name: '',
      kind: 'other',
    },
    purpose: row.purpose,
    scope: row.scope,
    consentIds: row.consentIds,
    sharedOn: row.sharedOn,
    sharedBy: row.sharedByName,
    isConsentInForce: isSharingInForce(row, consents, today),
  };
}

export function toAssessmentDto(row: AssessmentRow, today: IsoDate): AssessmentDto {
  return {
    id: row.id,
    memberId: row.memberId,
    reason: row.reason,
    assessedOn: row.assessedOn,
    reviewOn: row.reviewOn,
    assessedBy: row.assessedByName,
    isInForce: isAssessmentInForce(row, today),
  };
}
