import type { Locale } from '../../../../contracts/common';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { notFound } from '../../../platform/http/app-error';
import { translate } from '../../../platform/i18n/translate';
import { meetingDetail } from './meeting-view';
import { minutesDocx } from './minutes-docx';
import { minutesModel } from './minutes-model';
import { minutesPdf } from './minutes-pdf';

const LANGUAGE_TAGS: Record<Locale, string> = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE' };

/** The minutes as .docx or PDF: for the team always, for members once shared. */
export async function exportMinutes(
  db: Db,
  actor: Actor,
  id: string,
  format: 'docx' | 'pdf',
  locale: Locale,
) {
  const meeting = await db.transaction((tx) => meetingDetail(tx, actor, id));
  if (!meeting.minutes) throw notFound();
  const t = (key: string, params?: Record<string, unknown>) =>
    translate(locale, `codes:governanceMinutes.${key}`, params);
  const model = minutesModel(meeting, t, LANGUAGE_TAGS[locale]);
  const name = `${t('fileName')}-${(meeting.body.abbreviation ?? meeting.body.name).replace(/[^\p{L}\p{N}]+/gu, '-')}-${meeting.date}`;
  return format === 'docx'
    ? { fileName: `${name}.docx`, content: await minutesDocx(model) }
    : { fileName: `${name}.pdf`, content: await minutesPdf(model) };
}
