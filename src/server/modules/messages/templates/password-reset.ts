import type { MailTemplateDefinition } from './mail-template';

/** "Forgot password" (ADR 037): the one-use link, and until when it works. */
export const passwordReset = {
  name: 'password-reset',
  params: ['link', 'minutes'],
} as const satisfies MailTemplateDefinition;
