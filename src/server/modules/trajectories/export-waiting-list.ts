import type { Locale } from '../../../contracts/common';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { findCollaboration } from '../network';
import { getWaitingList } from './get-waiting-list';
import { waitingListWorkbook } from './waiting-list-workbook';

/**
 * R18, issue 14 point 2: the waiting list leaves the system for the partners and the agency — its
 * figures per queue with the expected wait, without names or references and with small counts
 * hidden. Reading the families it is made of is audited like the list on screen.
 */
export async function exportWaitingList(db: Db, actor: Actor, locale: Locale) {
  const list = await getWaitingList(db, actor, 'waitingListExport');
  const collaboration = await findCollaboration(db, actor.collaborationId);
  const file = await waitingListWorkbook(list, {
    collaboration: collaboration?.name ?? '',
    generatedAt: actor.clock.now(),
    locale,
  });
  return { file, name: `wachtlijst-${list.today}.xlsx` };
}
