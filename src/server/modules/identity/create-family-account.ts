import type { Locale } from '../../../contracts/common';
import type { Executor } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { insertFamilyAccount } from './family-accounts.repository';
import { insertUser } from './identity.repository';
import { hashPassword } from './password';
import { PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';

export type NewFamilyAccount = {
  collaborationId: string;
  familyId: string;
  memberId: string;
  displayName: string;
  /** One of the two (ADR 044): an address to sign in with, or a sign-in name for a family without one. */
  email?: string | null;
  signInName?: string | null;
  /** Null while invited: the member chooses it on accepting. */
  password?: string | null;
  locale?: Locale;
  createdBy: string | null;
};

/**
 * A family member's own account (issue 13, ADR 044): a user without roles, linked to its member.
 * The caller has checked that the member belongs to the family and may have an account (R27).
 */
export async function createFamilyAccount(db: Executor, input: NewFamilyAccount): Promise<{ id: string }> {
  if (input.password) {
    const problem = passwordProblem(input.password);
    if (problem) throw unprocessable(problem, 'password', { min: PASSWORD_MIN_LENGTH });
  }
  const user = await insertUser(db, {
    collaborationId: input.collaborationId,
    email: input.email ?? null,
    signInName: input.signInName ?? null,
    displayName: input.displayName,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    roles: [],
    organisationId: null,
    locale: input.locale ?? 'nl',
  });
  await insertFamilyAccount(db, {
    userId: user.id,
    collaborationId: input.collaborationId,
    familyId: input.familyId,
    memberId: input.memberId,
    createdBy: input.createdBy,
  });
  return user;
}
