import type { MailTemplateDefinition } from './mail-template';

/** An administrator reset the person's second factor (ADR 040): who did it, and where to sign in again. */
export const secondFactorReset = {
  name: 'second-factor-reset',
  params: ['resetBy', 'link'],
} as const satisfies MailTemplateDefinition;
