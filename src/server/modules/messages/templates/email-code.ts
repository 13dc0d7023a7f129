import type { MailTemplateDefinition } from './mail-template';

/**
 * A sign-in or enrolment code (ADR 051): the six digits and how long they work. The code is a
 * secret: once the mail is sent, the outbox keeps it blanked (deliver-mail.ts).
 */
export const emailCode = {
  name: 'email-code',
  params: ['code', 'minutes'],
  secretParams: ['code'],
} as const satisfies MailTemplateDefinition;
