// R29: shared professional secrecy (decree on integral youth care art. 72–76). Share only with a
// consent that holds on the day of the sharing, per partner, purpose and scope; nothing goes to
// youth-court services without the consent of every competent minor and of the parents. R27
// decides who can give a consent (minors.ts).
import type { IsoDate } from './dates';
import {
  type CompetenceAssessment,
  hasOwnRights,
  type MemberFacts,
  type Standing,
  standingOf,
} from './minors';

/** What a consent lets a partner receive; `wholeFile` covers every other scope. */
export const CONSENT_SCOPES = ['plan', 'contacts', 'handoverRecord', 'wholeFile'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/**
 * To whom: a partner organisation (R29), or — a young person's own consent under R27 — the
 * parents, who then see that young person's own part of the file.
 */
export const CONSENT_RECIPIENTS = ['partner', 'parents'] as const;
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];

export type ConsentFacts = {
  id: string;
  memberId: string;
  recipient: ConsentRecipient;
  organisationId: string | null;
  purpose: string;
  scopes: readonly ConsentScope[];
  givenOn: IsoDate;
  withdrawnOn: IsoDate | null;
};

/** A withdrawal takes effect at once: withdrawn today, the consent no longer holds today. */
export function consentHolds(c: Pick<ConsentFacts, 'givenOn' | 'withdrawnOn'>, on: IsoDate): boolean {
  return c.givenOn <= on && (c.withdrawnOn === null || on < c.withdrawnOn);
}

/** Purposes are compared as people type them: case and surrounding spaces do not count. */
export function samePurpose(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nl-BE') === b.trim().toLocaleLowerCase('nl-BE');
}

export function consentCovers(
  c: ConsentFacts,
  sharing: { organisationId: string; purpose: string; scope: ConsentScope },
  on: IsoDate,
): boolean {
  return (
    c.recipient === 'partner' &&
    c.organisationId === sharing.organisationId &&
    samePurpose(c.purpose, sharing.purpose) &&
    (c.scopes.includes(sharing.scope) || c.scopes.includes('wholeFile')) &&
    consentHolds(c, on)
  );
}

export type GiverProblem = 'CONSENT_GIVER_NOT_ENTITLED' | 'CONSENT_GIVER_NOT_COMPETENT';

/**
 * R27: who can give a consent. A parent or guardian, or a member with their own rights (18+, or a
 * competent minor from 12). A child under 12, a minor assessed not competent, or a child whose age
 * is unknown cannot: the parents decide and the child's view is recorded. Consent to the parents
 * is a young person's own: only they give it. Other members (a grandmother in the household) hold
 * no parental authority.
 */
export function checkConsentGiver(input: {
  giver: MemberFacts;
  standing: Standing;
  recipient: ConsentRecipient;
}): GiverProblem | null {
  const { giver, standing, recipient } = input;
  if (recipient === 'parents') {
    if (giver.role !== 'child') return 'CONSENT_GIVER_NOT_ENTITLED';
    return hasOwnRights(standing) ? null : 'CONSENT_GIVER_NOT_COMPETENT';
  }
  if (giver.role === 'parent') return null;
  if (giver.role === 'other') return 'CONSENT_GIVER_NOT_ENTITLED';
  return hasOwnRights(standing) ? null : 'CONSENT_GIVER_NOT_COMPETENT';
}

export type SharingDecision =
  | { allowed: true; consentIds: string[] }
  | {
      allowed: false;
      code: 'SHARING_CONSENT_MISSING' | 'YOUTH_COURT_CONSENTS_MISSING';
      /** Whose consent is missing: the members to ask. */
      missingMemberIds: string[];
    };

/**
 * R29: may this family's data go to this partner, for this purpose and scope, on this day?
 * - An ordinary partner: a parent's consent (the parents exercise the rights), and the own consent
 *   of every member with own rights who is not a parent (a competent minor, a child of age) — the
 *   file is about them too (R27).
 * - Youth-court services: the consent of every parent and of every competent minor, and no child
 *   whose age is unknown (competence cannot be ruled out). Nothing goes without all of them.
 */
export function sharingDecision(input: {
  members: readonly MemberFacts[];
  assessments: readonly CompetenceAssessment[];
  consents: readonly ConsentFacts[];
  organisationIsYouthCourt: boolean;
  sharing: { organisationId: string; purpose: string; scope: ConsentScope };
  on: IsoDate;
}): SharingDecision {
  const { members, assessments, consents, sharing, on } = input;
  const covering = consents.filter((c) => consentCovers(c, sharing, on));
  const consentOf = (memberId: string) => covering.find((c) => c.memberId === memberId);
  const parents = members.filter((m) => m.role === 'parent');
  const withOwnRights = members.filter((m) => {
    if (m.role !== 'child') return false;
    const standing = standingOf(m, assessments, on);
    return hasOwnRights(standing) || (input.organisationIsYouthCourt && standing === 'ageUnknown');
  });

  if (input.organisationIsYouthCourt) {
    const needed = [...parents, ...withOwnRights];
    const missing = needed.filter((m) => !consentOf(m.id)).map((m) => m.id);
    if (parents.length === 0 || missing.length > 0)
      return { allowed: false, code: 'YOUTH_COURT_CONSENTS_MISSING', missingMemberIds: missing };
    return { allowed: true, consentIds: needed.map((m) => consentOf(m.id)?.id as string) };
  }

  const parentConsent = parents.map((p) => consentOf(p.id)).find((c) => c !== undefined);
  const missingOwn = withOwnRights.filter((m) => !consentOf(m.id)).map((m) => m.id);
  if ((parents.length > 0 && !parentConsent) || missingOwn.length > 0) {
    const missingParents = parentConsent ? [] : parents.map((p) => p.id);
    return {
      allowed: false,
      code: 'SHARING_CONSENT_MISSING',
      missingMemberIds: [...missingParents, ...missingOwn],
    };
  }
  const ids = [parentConsent?.id, ...withOwnRights.map((m) => consentOf(m.id)?.id)].filter(
    (id): id is string => id !== undefined,
  );
  // A family without any member who can consent has given nothing.
  if (ids.length === 0) return { allowed: false, code: 'SHARING_CONSENT_MISSING', missingMemberIds: [] };
  return { allowed: true, consentIds: ids };
}
