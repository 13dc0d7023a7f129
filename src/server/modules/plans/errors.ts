// The codes the plans module answers with (ADR 028).
// The family plan, its versions and the family's agreement (domain/family-plan.ts).
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const PLANS_ERRORS = [
  'PLAN_DUPLICATE_ITEM',
  'PLAN_REFERENCE_UNKNOWN',
  'PLAN_VERSION_CONFLICT',
  'PLAN_BASE_VERSION_UNKNOWN',
  'PLAN_UNCHANGED',
  'PLAN_ALREADY_AGREED',
  'AGREEMENT_IN_FUTURE',
  'AGREEMENT_BEFORE_VERSION',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    plans: (typeof PLANS_ERRORS)[number];
  }
}
