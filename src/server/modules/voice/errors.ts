// The codes the voice module answers with (ADR 028): the family's own words, its answer to a plan
// version, the corrections it asks and their answers (R16). Each needs a message in nl, en and fr
// (src/i18n/locales/*/errors.json), or `tsc` fails.

export const VOICE_ERRORS = [
  'VOICE_ENTRY_NOT_YOURS',
  'VOICE_ENTRY_CHANGED',
  'PLAN_VERSION_NOT_CURRENT',
  'PLAN_RESPONSE_GIVEN',
  'CORRECTION_FIELD_REQUIRED',
  'CORRECTION_ALREADY_ANSWERED',
  'CORRECTION_DECLINE_REASON_REQUIRED',
  'CORRECTION_TEXT_REQUIRED',
  'CORRECTION_ITEM_GONE',
  'CORRECTION_BASE_VERSION_REQUIRED',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    voice: (typeof VOICE_ERRORS)[number];
  }
}
