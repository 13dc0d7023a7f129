// The codes the notifications module answers with (ADR 028); each needs a message in nl, en and fr.

export const NOTIFICATIONS_ERRORS = ['NOTIFICATION_NOT_FOUND'] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    notifications: (typeof NOTIFICATIONS_ERRORS)[number];
  }
}
