import type { Locale } from '../../../contracts/common';
import type { Executor } from '../../platform/db/database';
import { findAccountOfMember } from './family-accounts.repository';
import { findUsersByIds } from './identity.repository';

/** Where and in which language to mail a person: active accounts only (issue 12 point 5). */
export type MailRecipient = { userId: string; email: string; locale: Locale };

export async function findMailRecipients(
  db: Executor,
  collaborationId: string,
  userIds: string[],
): Promise<MailRecipient[]> {
  const rows = await findUsersByIds(db, collaborationId, [...new Set(userIds)]);
  return rows.flatMap((u) =>
    u.isActive && u.email ? [{ userId: u.id, email: u.email, locale: u.locale }] : [],
  );
}

/** A family member's own account's address (issue 13), if they have an account and an e-mail. */
export async function findFamilyMemberRecipient(
  db: Executor,
  collaborationId: string,
  memberId: string,
): Promise<MailRecipient | null> {
  const account = await findAccountOfMember(db, collaborationId, memberId);
  if (!account) return null;
  return (await findMailRecipients(db, collaborationId, [account.userId]))[0] ?? null;
}
