import type { EditWordsBody, EntryDto } from '../../../contracts/voice';
import { entryChangeProblem } from '../../../domain/family-voice';
import type { Db, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { type FamilyActor, inOwnFamily, type OwnFamily } from './in-own-family';
import { closeEntry, type EntryRow, findEntry, insertEntry, listEntriesOf } from './voice.repository';
import { namesOf, toEntryDtos } from './voice-view';

/** The member's own entry in its latest state, or why it cannot be changed. */
async function ownLatestEntry(tx: Tx, own: OwnFamily, entryId: string): Promise<EntryRow> {
  const entry = await findEntry(tx, own.id, entryId);
  if (!entry) throw notFound();
  const problem = entryChangeProblem(entry, own.me.id);
  if (problem === 'notYours') throw new AppError(403, 'VOICE_ENTRY_NOT_YOURS');
  if (problem === 'changed') throw new AppError(409, 'VOICE_ENTRY_CHANGED');
  return entry;
}

/**
 * A member rewords their own entry: the new wording is a new row naming the old one, which
 * stays (history kept). Editing an entry already edited or withdrawn elsewhere is 409.
 */
export async function editOurWords(
  db: Db,
  actor: FamilyActor,
  entryId: string,
  input: EditWordsBody,
): Promise<EntryDto> {
  return inOwnFamily(db, actor, async (tx, own) => {
    const entry = await ownLatestEntry(tx, own, entryId);
    const now = actor.clock.now();
    if (!(await closeEntry(tx, entry.id, 'superseded', now))) throw new AppError(409, 'VOICE_ENTRY_CHANGED');
    const row = await insertEntry(tx, {
      collaborationId: actor.collaborationId,
      familyId: own.id,
      memberId: own.me.id,
      subject: entry.subject,
      subjectId: entry.subjectId,
      planVersion: entry.planVersion,
      text: input.text,
      previousId: entry.id,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'familyEntry',
      entityId: row.id,
      familyId: own.id,
      details: { previousId: entry.id },
    });
    const rows = await listEntriesOf(tx, own.id);
    return toEntryDtos(rows, namesOf(own.members)).find((e) => e.id === row.id) as EntryDto;
  });
}

/** A member withdraws their own entry: it no longer counts, and it stays in the history. */
export async function withdrawOurWords(db: Db, actor: FamilyActor, entryId: string): Promise<EntryDto> {
  return inOwnFamily(db, actor, async (tx, own) => {
    const entry = await ownLatestEntry(tx, own, entryId);
    if (!(await closeEntry(tx, entry.id, 'withdrawn', actor.clock.now())))
      throw new AppError(409, 'VOICE_ENTRY_CHANGED');
    await recordAudit(tx, actor, {
      action: 'withdraw',
      entityType: 'familyEntry',
      entityId: entry.id,
      familyId: own.id,
    });
    const rows = await listEntriesOf(tx, own.id);
    return toEntryDtos(rows, namesOf(own.members)).find((e) => e.id === entry.id) as EntryDto;
  });
}
