import type { MailTemplateDefinition } from './mail-template';

/** Governance: a meeting's invitation to a body's members, its iCalendar file attached. */
export const meetingInvitation = {
  name: 'meeting-invitation',
  /** meetingName: the body's name, with the meeting's title when it has one. */
  params: ['meetingName', 'startsAt', 'location'],
} as const satisfies MailTemplateDefinition;
