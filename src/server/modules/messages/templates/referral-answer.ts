import type { MailTemplateDefinition } from './mail-template';

// R4: the partner that registered a referral hears the answer fast, without signing in. The
// mail names the referral by its reference only: no family, no child, no address.

/** The referral was started. */
export const referralStarted = {
  name: 'referral-started',
  params: ['reference'],
} as const satisfies MailTemplateDefinition;

/** The referral was not started; `reason` is the translated preset reason, never free text. */
export const referralNotStarted = {
  name: 'referral-not-started',
  params: ['reference', 'reason'],
} as const satisfies MailTemplateDefinition;

/** The family is on the waiting list (R18). */
export const referralWaitingList = {
  name: 'referral-waiting-list',
  params: ['reference'],
} as const satisfies MailTemplateDefinition;
