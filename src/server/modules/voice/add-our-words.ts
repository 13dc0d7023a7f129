import type { EntryDto, WordsBody } from '../../../contracts/voice';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { type FamilyActor, inOwnFamily } from './in-own-family';
import { insertEntry } from './voice.repository';
import { subjectAsFamilySees } from './voice-subjects';
import { namesOf, toEntryDtos } from './voice-view';

const FIELD_OF = { goal: 'familyWords', evaluation: 'note', contact: 'note' } as const;

/**
 * R16, "wat wij ervan vinden": a family member adds their own words beside a goal, an evaluation
 * or a contact note. Kept as the family's own entry — author, time, the item and the plan version
 * read — never as an edit of what the worker wrote.
 */
export async function addOurWords(db: Db, actor: FamilyActor, input: WordsBody): Promise<EntryDto> {
  return inOwnFamily(db, actor, async (tx, own) => {
    const about = await subjectAsFamilySees(tx, own, input.subject, input.subjectId, FIELD_OF[input.subject]);
    const row = await insertEntry(tx, {
      collaborationId: actor.collaborationId,
      familyId: own.id,
      memberId: own.me.id,
      subject: input.subject,
      subjectId: input.subjectId,
      planVersion: about.planVersion,
      text: input.text,
      createdAt: actor.clock.now(),
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'familyEntry',
      entityId: row.id,
      familyId: own.id,
      details: { subject: input.subject, planVersion: about.planVersion },
    });
    return toEntryDtos([row], namesOf(own.members), () => about.text)[0] as EntryDto;
  });
}
