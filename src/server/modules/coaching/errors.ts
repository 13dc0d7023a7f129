// The codes the coaching module answers with (ADR 028).
// Family coaching (R23, domain/family-coaching.ts).
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const COACHING_ERRORS = [
  'FAMILY_ALREADY_MATCHED',
  'FAMILY_MERGE_TWO_COACHES',
  'COACH_NOT_ACTIVE_FAMILY_COACH',
  'COACH_CASELOAD_FULL',
  'COACH_CHOICE_REASON_REQUIRED',
  'COACH_REFERRAL_MISSING',
  'COACH_MATCH_IN_FUTURE',
  'COACH_MATCH_BEFORE_REFERRAL',
  'COACH_MATCH_ALREADY_ENDED',
  'COACH_MATCH_END_BEFORE_START',
  'COACH_MATCH_END_IN_FUTURE',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    coaching: (typeof COACHING_ERRORS)[number];
  }
}
