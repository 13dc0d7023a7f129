// What a family's words or correction can be about, as the family sees it: an item of the
// current plan, or a contact note. R28: a note kept from the family is not there for it — it
// answers as any unknown id does (404), so the family cannot even learn it exists.
import type { CorrectionField, CorrectionSubject, WordsSubject } from '../../../domain/family-voice';
import { isPlanSubject, planItemText } from '../../../domain/family-voice';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { currentPlanOf } from '../plans';
import { listContactsOf } from '../trajectories';

export type Subject = { planVersion: number | null; text: string | null };

export async function subjectAsFamilySees(
  tx: Executor,
  familyId: string,
  subject: WordsSubject | CorrectionSubject,
  subjectId: string,
  field: CorrectionField,
): Promise<Subject> {
  if (isPlanSubject(subject)) {
    const plan = await currentPlanOf(tx, familyId);
    const text = plan ? planItemText(plan.content, subject, subjectId, field) : undefined;
    if (!plan || text === undefined) throw notFound();
    return { planVersion: plan.version, text };
  }
  const contact = (await visibleContactsOf(tx, familyId)).find((c) => c.id === subjectId);
  if (!contact) throw notFound();
  return { planVersion: null, text: contact.note };
}

/** The contacts the family may read (R28). */
export async function visibleContactsOf(tx: Executor, familyId: string) {
  return (await listContactsOf(tx, familyId)).filter((c) => c.hiddenReason === null);
}
