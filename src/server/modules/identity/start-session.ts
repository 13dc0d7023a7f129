import type { LoginResponse } from '../../../contracts/identity';
import type { Executor } from '../../platform/db/database';
import { recordAccountEvent } from '../audit';
import type { UserRow } from './identity.repository';
import { openSession, type SignInClient } from './open-session';
import { signInStepOf } from './sign-in-step';
import { toUserDto } from './user-view';

export type StartedSession = LoginResponse & { token: string; maxAgeSeconds: number };

/**
 * A person proved who they are with a password (signing in, or an invitation just used): a
 * session under the collaboration's policy — half signed in while a second factor or its
 * enrolment is due (ADR 036) — and the event in the audit trail.
 */
export async function startSession(
  db: Executor,
  user: UserRow,
  now: Date,
  client: SignInClient,
  step?: Awaited<ReturnType<typeof signInStepOf>>,
): Promise<StartedSession> {
  const due = step === undefined ? await signInStepOf(db, user) : step;
  const { token, csrfToken, maxAgeSeconds } = await openSession(db, user, now, client, due);
  await recordAccountEvent(db, {
    action: due ? 'second-factor-due' : 'login',
    collaborationId: user.collaborationId,
    entityType: 'account',
    entityId: user.id,
    actor: { userId: user.id, displayName: user.displayName },
    ...(due ? { details: { step: due } } : {}),
  });
  if (due) return { step: due, csrfToken, token, maxAgeSeconds };
  return { user: await toUserDto(db, user), csrfToken, token, maxAgeSeconds };
}
