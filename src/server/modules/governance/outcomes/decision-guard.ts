import { checkRoundDecision } from '../../../../domain/advice';
import type { Executor } from '../../../platform/db/database';
import { unprocessable } from '../../../platform/http/app-error';
import { listAdvices, listOpenRoundsOfItem } from '../advice/advice.repository';

/**
 * R14: a principled objection blocks the proposal on every path, not only in its advice round.
 * A decision recorded on (or reworded for) an agenda item whose open round holds a standing
 * principled objection is refused exactly as deciding the round itself is.
 */
export async function refuseWhileObjectionStands(
  tx: Executor,
  collaborationId: string,
  agendaItemId: string | null,
): Promise<void> {
  if (!agendaItemId) return;
  const rounds = await listOpenRoundsOfItem(tx, collaborationId, agendaItemId);
  if (rounds.length === 0) return;
  const advices = await listAdvices(
    tx,
    rounds.map((r) => r.id),
  );
  const problem = checkRoundDecision(
    'open',
    advices.map((a) => ({
      kind: a.kind,
      objectionStatus: a.objectionStatus,
    })),
  );
  if (problem?.code === 'GOVERNANCE_PRINCIPLED_OBJECTION_BLOCKS')
    throw unprocessable(problem.code, 'agendaItemId', { count: problem.blocking });
}
