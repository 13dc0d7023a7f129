// R4: the partner that registered a referral hears the answer fast, without signing in: to the
// registrant's contact address when they gave one, else to the account that registered it. The
// mail names the reference only; the decision's note (free text) stays in eenplan (issue 12 point 5).
import type { Locale } from '../../../contracts/common';
import type { Executor } from '../../platform/db/database';
import { translate } from '../../platform/i18n/translate';
import { findMailRecipients } from '../identity';
import { queueMail } from '../messages';
import type { ReferralRow } from './intake.repository';
import { listReasons } from './intake.repository';

async function recipientOf(
  tx: Executor,
  referral: ReferralRow,
): Promise<{ to: string; locale: Locale } | null> {
  const [registrant] = await findMailRecipients(tx, referral.collaborationId, [referral.createdBy]);
  const contact = referral.registrantContactEmail;
  if (contact) {
    // The registrant's own address: their language; someone else's at the partner: Dutch first.
    const isRegistrant = registrant?.email.toLowerCase() === contact.toLowerCase();
    return { to: contact, locale: isRegistrant && registrant ? registrant.locale : 'nl' };
  }
  return registrant ? { to: registrant.email, locale: registrant.locale } : null;
}

/** The reason as a label: the translated preset, or the collaboration's own label of it. */
async function reasonLabel(tx: Executor, referral: ReferralRow, locale: Locale): Promise<string> {
  const code = referral.decisionReasonCode ?? 'other';
  const own = (await listReasons(tx, referral.collaborationId)).find((r) => r.code === code)?.label;
  return translate(locale, `codes:reason.${code}`, { defaultValue: own ?? code });
}

export async function mailReferralAnswer(tx: Executor, referral: ReferralRow): Promise<void> {
  const recipient = await recipientOf(tx, referral);
  if (!recipient) return;
  const base = { collaborationId: referral.collaborationId, to: recipient.to, locale: recipient.locale };
  const reference = referral.reference;
  if (referral.status === 'started')
    await queueMail(tx, { ...base, template: 'referral-started', params: { reference } });
  else if (referral.status === 'waitingList')
    await queueMail(tx, { ...base, template: 'referral-waiting-list', params: { reference } });
  else if (referral.status === 'notStarted')
    await queueMail(tx, {
      ...base,
      template: 'referral-not-started',
      params: { reference, reason: await reasonLabel(tx, referral, recipient.locale) },
    });
}
