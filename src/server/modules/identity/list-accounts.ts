import type { AccountDto } from '../../../contracts/accounts';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { toAccountDtos } from './account-view';
import { listAccounts as listAccountRows } from './invitations.repository';

/** Issue 12: the people of the collaboration with their roles and whether they signed up. */
export async function listAccounts(db: Db, actor: Actor): Promise<AccountDto[]> {
  return toAccountDtos(db, actor.collaborationId, await listAccountRows(db, actor.collaborationId));
}

/** One account as the people page shows it; another collaboration's does not exist. */
export async function getAccount(db: Executor, actor: Actor, userId: string): Promise<AccountDto> {
  const rows = await listAccountRows(db, actor.collaborationId, userId);
  const [account] = await toAccountDtos(db, actor.collaborationId, rows);
  if (!account) throw notFound();
  return account;
}
