import type { AdviceRoundDto } from '../../../../contracts/governance/advice';
import type { Actor } from '../../../platform/auth/actor';
import type { Executor } from '../../../platform/db/database';
import { notFound } from '../../../platform/http/app-error';
import { bodyAccessOf, reaches } from '../governance-scope';
import { findRound } from './advice.repository';
import { adviceRoundDtos } from './advice-round-view';

/** A round, for the team and for the members of its body. */
export async function getAdviceRound(db: Executor, actor: Actor, id: string): Promise<AdviceRoundDto> {
  const round = await findRound(db, actor.collaborationId, id);
  if (!round || !reaches(await bodyAccessOf(db, actor), round.bodyId)) throw notFound();
  const [dto] = await adviceRoundDtos(db, actor, [round], actor.clock.today());
  return dto as AdviceRoundDto;
}

/** The round locked for a change, if the actor reaches it. */
export async function lockAdviceRound(db: Executor, actor: Actor, id: string) {
  const round = await findRound(db, actor.collaborationId, id, { forUpdate: true });
  const access = await bodyAccessOf(db, actor);
  if (!round || !reaches(access, round.bodyId)) throw notFound();
  return { round, access };
}
