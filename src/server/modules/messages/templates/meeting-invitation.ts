import type { MailTemplateDefinition } from './mail-template';

/** Governance: a meeting's invitation to a body's members, its iCalendar file attached. */
export const meetingInvitation = {
  name: 'meeting-invitation',
  params: ['bodyName', 'meetingTitle', 'startsAt', 'location'],
} as const satisfies MailTemplateDefinition;
