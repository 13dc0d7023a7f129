// What a family's words or correction can be about, as the family sees it: an item of the
// current plan, or a contact note. R28: a note kept from the family is not there for it — it
// answers as any unknown id does (404), so the family cannot even learn it exists.

import { visibleToFamily } from '../../../domain/family-visibility';
import type { CorrectionField, CorrectionSubject, WordsSubject } from '../../../domain/family-voice';
import { isPlanSubject, planItemText } from '../../../domain/family-voice';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { currentPlanOf } from '../plans';
import { listContactsOf } from '../trajectories';
import type { OwnFamily } from './in-own-family';

export type Subject = { planVersion: number | null; text: string | null };

export async function subjectAsFamilySees(
  tx: Executor,
  own: OwnFamily,
  subject: WordsSubject | CorrectionSubject,
  subjectId: string,
  field: CorrectionField,
): Promise<Subject> {
  if (isPlanSubject(subject)) {
    const plan = await currentPlanOf(tx, own.id);
    const text = plan ? planItemText(plan.content, subject, subjectId, field) : undefined;
    if (!plan || text === undefined) throw notFound();
    return { planVersion: plan.version, text };
  }
  const contact = (await visibleContactsOf(tx, own)).find((c) => c.id === subjectId);
  if (!contact) throw notFound();
  return { planVersion: null, text: contact.note };
}

/** The contacts the family may read: the one rule of what a family sees (R28, R27). */
export async function visibleContactsOf(tx: Executor, own: OwnFamily) {
  return visibleToFamily(own.viewer, await listContactsOf(tx, own.id));
}
