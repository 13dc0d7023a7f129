// The codes the families module answers with (ADR 028).
// The family file: search, its door, members, network, assignments and merging.
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const FAMILIES_ERRORS = [
  'FAMILY_NOT_FOUND',
  'FAMILY_SEARCH_NOT_EXACT',
  'FAMILY_FILE_RESTRICTED',
  'FAMILY_MERGED',
  'FAMILY_MERGE_SAME',
  'BIRTH_DATE_IN_FUTURE',
  'DUE_DATE_ONLY_FOR_CHILD',
  'UNTIL_BEFORE_SINCE',
  'ASSIGNEE_UNKNOWN',
  'ASSIGNEE_NOT_A_WORKER',
  'ALREADY_ASSIGNED',
  'ASSIGNMENT_ALREADY_ENDED',
  'ASSIGNMENT_END_BEFORE_START',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    families: (typeof FAMILIES_ERRORS)[number];
  }
}
