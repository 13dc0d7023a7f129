// The codes the merging module answers with (ADR 028).
// Merging two files of one family (R17): its refusals are those of families
// (FAMILY_MERGE_SAME, FAMILY_MERGED) and coaching (FAMILY_MERGE_TWO_COACHES).
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const MERGING_ERRORS = [] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    merging: (typeof MERGING_ERRORS)[number];
  }
}
