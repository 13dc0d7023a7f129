import type { MailTemplateDefinition } from './mail-template';

/**
 * Issue 13 (ADR 045): a worker answered the family's correction request or message. Only that an
 * answer waits and where: nothing of what was asked or answered.
 */
export const portalAnswer = {
  name: 'portal-answer',
  params: ['link'],
} as const satisfies MailTemplateDefinition;
