// The codes the network module answers with (ADR 028).
// The municipality table and the zones a collaboration serves.
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const NETWORK_ERRORS = ['MUNICIPALITY_TABLE_MALFORMED', 'ZONE_UNKNOWN'] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    network: (typeof NETWORK_ERRORS)[number];
  }
}
