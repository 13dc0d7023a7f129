import type { MailTemplateDefinition } from './mail-template';

/** Governance: the minutes of a meeting are shared with the body's members (R15). */
export const minutesShared = {
  name: 'minutes-shared',
  params: ['meetingName', 'meetingDate'],
} as const satisfies MailTemplateDefinition;
