// The codes the social map answers with (ADR 028); each has a message in nl, en and fr.
export const SOCIALMAP_ERRORS = ['OFFER_ORGANISATION_UNKNOWN'] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    socialmap: (typeof SOCIALMAP_ERRORS)[number];
  }
}
