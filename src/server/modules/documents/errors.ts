// The codes the documents module answers with (ADR 028, 052). Each needs a message in nl, en and
// fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const DOCUMENT_ERRORS = [
  'DOCUMENT_TYPE_REFUSED',
  'DOCUMENT_TOO_LARGE',
  'DOCUMENT_UNREADABLE',
  'DOCUMENT_TRAJECTORY_UNKNOWN',
  'DOCUMENT_MEMBER_UNKNOWN',
  'DOCUMENT_NEVER_SHOWN',
  'DOCUMENT_CHANGED',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    documents: (typeof DOCUMENT_ERRORS)[number];
  }
}
