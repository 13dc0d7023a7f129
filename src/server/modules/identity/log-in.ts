import type { LoginBody, SessionResponse } from '../../../contracts/identity';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { findUserByEmail, insertSession } from './identity.repository';
import { dummyPasswordHash, verifyPassword } from './password';
import { newToken, SESSION_IDLE_MS, sessionIdOf } from './session-token';
import { toUserDto } from './user-view';

export type LoginResult = SessionResponse & { token: string };

export async function logIn(db: Db, input: LoginBody, now = new Date()): Promise<LoginResult> {
  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  // One answer for an unknown address, a wrong password and a disabled account: no hints.
  if (!user || !passwordOk || !user.isActive) throw new AppError(401, 'INVALID_CREDENTIALS');

  const token = newToken();
  const csrfToken = newToken();
  await insertSession(db, {
    id: sessionIdOf(token),
    userId: user.id,
    collaborationId: user.collaborationId,
    csrfToken,
    expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
  });
  return { user: await toUserDto(db, user), csrfToken, token };
}
