import type { Locale } from '../../../contracts/common';
import { translate } from '../../platform/i18n/translate';
import type { MailTemplateDefinition } from './templates/mail-template';

/** The subject and plain-text body of a mail, in the recipient's language. */
export function renderMail(
  locale: Locale,
  template: MailTemplateDefinition,
  params: Record<string, string>,
): { subject: string; body: string } {
  // A subject is one header line: a meeting title typed with a line break must not make two.
  const subject = translate(locale, `mail:${template.name}.subject`, params).replace(/\s+/g, ' ').trim();
  const body = `${translate(locale, `mail:${template.name}.body`, params)}\n\n-- \n${translate(locale, 'mail:footer')}\n`;
  return { subject, body };
}
