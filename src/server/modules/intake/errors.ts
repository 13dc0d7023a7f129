// The codes the intake module answers with (ADR 028).
// Referrals, their decision (domain/referral-decision.ts) and the rules of the line they start on.
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const INTAKE_ERRORS = [
  'REFERRAL_ALREADY_DECIDED',
  'DECISION_REASON_REQUIRED',
  'DECISION_REASON_UNKNOWN',
  'DECISION_BEFORE_RECEIPT',
  'DECISION_IN_FUTURE',
  'REFERRAL_RECEIVED_IN_FUTURE',
  'MUNICIPALITY_UNKNOWN',
  // Issue 15: the one referral door finds no collaboration of the installation for the municipality.
  'MUNICIPALITY_NOT_SERVED',
  'CONSENT_TO_REFER_REQUIRED',
  'DUPLICATE_ALREADY_REVIEWED',
  'PERSPECTIVE_CONVERSATION_BEFORE_RECEIPT',
  'FAMILY_CARE_NOT_ELIGIBLE',
  'FUNDING_LINE_CAP_REACHED',
  'OVER_QUOTA_REASON_REQUIRED',
  // R31: the identity of a family registered under a pseudonym is added once.
  'FAMILY_ALREADY_IDENTIFIED',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    intake: (typeof INTAKE_ERRORS)[number];
  }
}
