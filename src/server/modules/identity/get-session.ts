import type { SessionResponse } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { findUserById } from './identity.repository';
import { toUserDto } from './user-view';

export async function getSession(db: Db, actor: Actor): Promise<SessionResponse> {
  const user = await findUserById(db, actor.userId);
  if (!user) throw new AppError(401, 'UNAUTHENTICATED');
  return { user: await toUserDto(db, user), csrfToken: actor.csrfToken };
}
