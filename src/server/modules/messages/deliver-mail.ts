// The delivery job of one outbox mail (ADR 032). graphile-worker runs it once per queued mail;
// a failure is recorded on the mail and thrown so the queue retries it with backoff, until the
// last attempt marks it failed for the administrator to see.
import type { Locale } from '../../../contracts/common';
import type { Clock } from '../../../domain/clock';
import type { Executor } from '../../platform/db/database';
import type { MailTransport } from '../../platform/mail/smtp-transport';
import { findOutboxMail, updateOutboxMail } from './messages.repository';
import { renderMail } from './render-mail';
import { templateNamed } from './templates/catalogue';

export const DELIVER_MAIL_TASK = 'deliver-mail';

export type MailDelivery = {
  /** Null when no SMTP server is configured: mails are held in the outbox, not lost. */
  transport: MailTransport | null;
  maxAttempts: number;
  clock: Clock;
};

export async function deliverMail(db: Executor, delivery: MailDelivery, outboxId: string): Promise<void> {
  const mail = await findOutboxMail(db, outboxId);
  // Sent, failed or held already: a job that runs again (a crash after sending) sends nothing twice.
  if (mail?.status !== 'queued') return;
  if (!delivery.transport) {
    // Released and sent once SMTP is configured and the app starts again (release-held-mails.ts).
    await updateOutboxMail(db, mail.id, { status: 'held', heldReason: 'noSmtp' });
    return;
  }
  const attempts = mail.attempts + 1;
  const at = delivery.clock.now();
  try {
    await delivery.transport.send({
      to: mail.recipient,
      subject: mail.subject,
      text: mail.body,
      attachments: mail.attachments,
    });
  } catch (error) {
    const isLast = attempts >= delivery.maxAttempts;
    await updateOutboxMail(db, mail.id, {
      status: isLast ? 'failed' : 'queued',
      attempts,
      lastAttemptAt: at,
      lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error),
    });
    if (isLast) return;
    // The SMTP answer may name the address; it stays in the outbox, out of the log.
    throw new Error(`mail ${mail.id}: attempt ${attempts} of ${delivery.maxAttempts} failed, retried later`);
  }
  await updateOutboxMail(db, mail.id, {
    status: 'sent',
    attempts,
    lastAttemptAt: at,
    sentAt: at,
    lastError: null,
    ...blankedSecrets(mail),
  });
}

/** A sent mail's secrets (a sign-in code, ADR 051) are no one's to read in the outbox afterwards. */
function blankedSecrets(mail: { template: string; locale: Locale; params: Record<string, string> }) {
  const template = templateNamed(mail.template);
  if (!template?.secretParams?.length) return {};
  const params = { ...mail.params };
  for (const name of template.secretParams) params[name] = '······';
  return { params, ...renderMail(mail.locale, template, params) };
}
