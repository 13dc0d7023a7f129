import type { VoiceWeekDto } from '../../../contracts/voice';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordFamiliesShown } from '../audit';
import { familyLabel, listActiveAssignments, listMembersOf, toMemberView } from '../families';
import { countWaitingVoice } from './voice.repository';

/**
 * "My week" (ADR 012, computed on read): for the families I am assigned to now — a relationship,
 * not a role, so a coordinator sees their own families here too — what the family added that no
 * worker has seen, the corrections it waits an answer to, and its unread messages.
 */
export async function getVoiceWeek(db: Db, actor: Actor): Promise<VoiceWeekDto> {
  return db.transaction(async (tx) => {
    const today = actor.clock.today();
    const familyIds = [
      ...new Set(
        (await listActiveAssignments(tx, actor.collaborationId, today, actor.userId)).map((a) => a.familyId),
      ),
    ];
    const counts = await countWaitingVoice(tx, actor.collaborationId, familyIds);
    const waiting = familyIds
      .map((familyId) => ({
        familyId,
        newAdditions: (counts.entries.get(familyId) ?? 0) + (counts.responses.get(familyId) ?? 0),
        openCorrections: counts.corrections.get(familyId) ?? 0,
        unreadMessages: counts.messages.get(familyId) ?? 0,
      }))
      .filter((f) => f.newAdditions + f.openCorrections + f.unreadMessages > 0);
    const members = await listMembersOf(
      tx,
      waiting.map((f) => f.familyId),
    );
    await recordFamiliesShown(
      tx,
      actor,
      'list',
      waiting.map((f) => f.familyId),
      { view: 'voiceWeek' },
    );
    return {
      families: waiting
        .map((f) => ({
          ...f,
          familyLabel: familyLabel(members.filter((m) => m.familyId === f.familyId).map(toMemberView)),
        }))
        .sort(
          (a, b) =>
            b.openCorrections - a.openCorrections || (a.familyLabel ?? '').localeCompare(b.familyLabel ?? ''),
        ),
    };
  });
}
