// The codes the network module answers with (ADR 028).
// The municipality table and the zones a collaboration serves.
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const NETWORK_ERRORS = [
  'MUNICIPALITY_TABLE_MALFORMED',
  'ZONE_UNKNOWN',
  // Issue 15: a zone belongs to at most one collaboration of the installation.
  'ZONE_TAKEN',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    network: (typeof NETWORK_ERRORS)[number];
  }
}
