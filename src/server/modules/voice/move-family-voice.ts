import type { Executor } from '../../platform/db/database';
import { moveMessagesToFamily } from './voice.repository';

/**
 * R17: two files of one family become one. The message thread goes on in the surviving file;
 * the family's words, answers and correction requests stay with the merged file's plan versions
 * they are about, as history (ADR 045).
 */
export async function moveFamilyVoice(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
) {
  await moveMessagesToFamily(db, input.collaborationId, input.fromId, input.intoId);
}
