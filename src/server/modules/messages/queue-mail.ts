// Queue a mail (ADR 032): an outbox row and its delivery job, both in the caller's transaction,
// so a rolled-back action sends nothing and a committed one is delivered even after a restart.
import type { Locale } from '../../../contracts/common';
import type { MailAttachment } from '../../../contracts/messages';
import { addJob } from '../../platform/db/add-job';
import type { Executor } from '../../platform/db/database';
import { DELIVER_MAIL_TASK } from './deliver-mail';
import { insertOutboxMail } from './messages.repository';
import { renderMail } from './render-mail';
import { type MailTemplate, templateNamed } from './templates/catalogue';

export type QueuedMail = {
  collaborationId: string | null;
  to: string;
  locale: Locale;
  template: MailTemplate;
  params: Record<string, string>;
  attachments?: MailAttachment[];
};

export async function queueMail(tx: Executor, mail: QueuedMail): Promise<{ id: string }> {
  const template = templateNamed(mail.template);
  // Both are mistakes in eenplan's code, never in a person's input: fail loudly, in the tests.
  if (!template) throw new Error(`unknown mail template: ${mail.template}`);
  const missing = template.params.filter((name) => typeof mail.params[name] !== 'string');
  if (missing.length > 0) throw new Error(`mail template ${template.name} misses ${missing.join(', ')}`);

  const { subject, body } = renderMail(mail.locale, template, mail.params);
  const id = await insertOutboxMail(tx, {
    collaborationId: mail.collaborationId,
    recipient: mail.to,
    locale: mail.locale,
    template: template.name,
    params: mail.params,
    subject,
    body,
    attachments: mail.attachments ?? [],
  });
  await addJob(tx, DELIVER_MAIL_TASK, { outboxId: id });
  return { id };
}
