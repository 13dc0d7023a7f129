// The codes the messages module answers with (ADR 028); each needs a message in nl, en and fr.

export const MESSAGES_ERRORS = ['MAIL_NOT_FOUND'] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    messages: (typeof MESSAGES_ERRORS)[number];
  }
}
