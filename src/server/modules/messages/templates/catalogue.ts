// Every mail eenplan can send. To add one: a file beside this one with its definition, its
// entry below, and its texts (`<name>.subject`, `<name>.body`) in src/i18n/locales/{nl,en,fr}/mail.json.
import { emailCode } from './email-code';
import { fileClosed } from './file-closed';
import { invitation } from './invitation';
import type { MailTemplateDefinition } from './mail-template';
import { meetingInvitation } from './meeting-invitation';
import { minutesShared } from './minutes-shared';
import { passwordReset } from './password-reset';
import { portalAnswer } from './portal-answer';
import { referralNotStarted, referralStarted, referralWaitingList } from './referral-answer';
import { reminder, reminderDigest } from './reminder';
import { secondFactorReset } from './second-factor-reset';
import { todoAssigned } from './todo-assigned';

export const MAIL_TEMPLATES = [
  meetingInvitation,
  minutesShared,
  todoAssigned,
  referralStarted,
  referralNotStarted,
  referralWaitingList,
  passwordReset,
  invitation,
  secondFactorReset,
  reminder,
  reminderDigest,
  fileClosed,
  portalAnswer,
  emailCode,
] as const satisfies readonly MailTemplateDefinition[];

export type MailTemplate = (typeof MAIL_TEMPLATES)[number]['name'];

export function templateNamed(name: string): MailTemplateDefinition | undefined {
  return MAIL_TEMPLATES.find((template) => template.name === name);
}
