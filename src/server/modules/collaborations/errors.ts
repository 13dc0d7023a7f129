// The codes the collaborations module answers with (ADR 028).
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const COLLABORATIONS_ERRORS = [
  // Two collaborations of one installation cannot carry the same name: people choose by it.
  'COLLABORATION_NAME_TAKEN',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    collaborations: (typeof COLLABORATIONS_ERRORS)[number];
  }
}
