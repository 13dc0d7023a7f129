import type { Locale } from '../../../contracts/common';
import type { Role } from '../../../domain/roles';
import type { Executor } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { insertUser } from './identity.repository';
import { hashPassword } from './password';
import { PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';

export type NewUser = {
  collaborationId: string;
  email: string;
  displayName: string;
  password: string;
  roles: Role[];
  organisationId?: string | null;
  locale?: Locale;
};

export async function createUser(db: Executor, input: NewUser): Promise<{ id: string }> {
  // Every way an account gets a password goes through here, so the policy holds on every path.
  const problem = passwordProblem(input.password);
  if (problem) throw unprocessable(problem, 'password', { min: PASSWORD_MIN_LENGTH });
  return insertUser(db, {
    collaborationId: input.collaborationId,
    email: input.email,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    roles: input.roles,
    organisationId: input.organisationId ?? null,
    locale: input.locale ?? 'nl',
  });
}
