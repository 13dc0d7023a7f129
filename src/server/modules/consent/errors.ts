// The codes the consent module answers with (ADR 028): consent and sharing (R29), minors (R27),
// marks that keep items from the family (R27, R28).
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const CONSENT_ERRORS = [
  'CONSENT_MEMBER_UNKNOWN',
  'CONSENT_GIVER_NOT_ENTITLED',
  'CONSENT_GIVER_NOT_COMPETENT',
  'CONSENT_ORGANISATION_REQUIRED',
  'CONSENT_ORGANISATION_UNKNOWN',
  'CONSENT_FORM_DATE_IN_FUTURE',
  'CONSENT_ALREADY_WITHDRAWN',
  'CONSENT_NOT_YOURS',
  'SHARING_CONSENT_MISSING',
  'YOUTH_COURT_CONSENTS_MISSING',
  'SHARING_CONSENT_WITHDRAWN',
  'ASSESSMENT_NOT_A_MINOR',
  'ASSESSMENT_IN_FUTURE',
  'ASSESSMENT_REVIEW_BEFORE_ASSESSMENT',
  'MARK_ITEM_UNKNOWN',
  'MARK_WITHHELD_REASON_REQUIRED',
  'MARK_MEMBER_UNKNOWN',
  'MARK_OWNER_NOT_A_CHILD',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    consent: (typeof CONSENT_ERRORS)[number];
  }
}
