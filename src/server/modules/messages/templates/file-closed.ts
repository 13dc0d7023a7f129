import type { MailTemplateDefinition } from './mail-template';

// R30: when a family's file closes, each member with an own account and an address hears how long
// the file is kept and that a copy waits in the portal. No name, no date, nothing of the file:
// only the collaboration's retention age and the link to the portal.
export const fileClosed = {
  name: 'file-closed',
  params: ['retentionAge', 'link'],
} as const satisfies MailTemplateDefinition;
