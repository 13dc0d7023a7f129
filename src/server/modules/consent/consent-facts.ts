// What the rules of R27 and R29 read of a family, on the day of the act: its members with their
// standing, the not-competent assessments and the consents (domain/minors.ts, domain/consent.ts).
import type { ConsentFacts } from '../../../domain/consent';
import type { IsoDate } from '../../../domain/dates';
import { type MemberFacts, type Standing, standingOf } from '../../../domain/minors';
import type { Executor } from '../../platform/db/database';
import { listMembersOf } from '../families';
import { type AssessmentRow, type ConsentRow, listAssessmentsOf, listConsentsOf } from './consent.repository';

export type FamilyConsentFacts = {
  members: (MemberFacts & { givenName: string | null; familyName: string | null; standing: Standing })[];
  assessments: AssessmentRow[];
  consents: ConsentRow[];
};

export async function consentFactsOf(
  tx: Executor,
  familyId: string,
  on: IsoDate,
): Promise<FamilyConsentFacts> {
  const rows = await listMembersOf(tx, [familyId]);
  const assessments = await listAssessmentsOf(tx, familyId);
  const consents = await listConsentsOf(tx, familyId);
  const members = rows.map((m) => {
    const facts: MemberFacts = { id: m.id, role: m.role, birthDate: m.birthDate };
    return {
      ...facts,
      givenName: m.givenName,
      familyName: m.familyName,
      standing: standingOf(facts, assessments, on),
    };
  });
  return { members, assessments, consents };
}

export function toConsentFacts(row: ConsentRow): ConsentFacts {
  return {
    id: row.id,
    memberId: row.memberId,
    recipient: row.recipient,
    organisationId: row.organisationId,
    purpose: row.purpose,
    scopes: row.scopes,
    givenOn: row.givenOn,
    withdrawnOn: row.withdrawnOn,
  };
}

export function memberName(m: { givenName: string | null; familyName: string | null } | undefined) {
  if (!m) return null;
  const name = [m.givenName, m.familyName].filter(Boolean).join(' ').trim();
  return name || null;
}
