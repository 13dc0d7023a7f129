import type { Locale } from '../../../contracts/common';
import type { ReminderKind } from '../../../domain/reminders';
import { translate } from '../../platform/i18n/translate';
import { formatMailDate } from '../messages';

/** A reminder's one line in the recipient's language: the same text the app shows (mail:reminderText). */
export function reminderText(
  locale: Locale,
  reminder: { kind: ReminderKind; dueOn: string; params: Record<string, string> },
): string {
  return translate(locale, `mail:reminderText.${reminder.kind}`, {
    ...reminder.params,
    dueDate: formatMailDate(locale, reminder.dueOn),
  });
}
