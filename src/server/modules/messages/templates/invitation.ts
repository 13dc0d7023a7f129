import type { MailTemplateDefinition } from './mail-template';

/** Issue 12: the link an invited person sets their password with (one use, 7 days). */
export const invitation = {
  name: 'invitation',
  params: ['displayName', 'collaborationName', 'link', 'expiresAt'],
} as const satisfies MailTemplateDefinition;
