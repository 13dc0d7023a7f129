// R30: at closing — when the family's last open trajectory closes — the family is told how long
// the file is kept and offered its copy: the portal says so on read (the family view's
// `retention.fileClosedOn`), and each member with an own account and an address gets a mail
// without personal data (only the retention age and the portal's link). Injected into the
// trajectories module by the app (it may not import the portal).
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { findMailRecipients, listFamilyAccountUserIds } from '../identity';
import { queueMail } from '../messages';
import { keptUntilOf } from '../retention';

export type FileClosedNotice = (tx: Executor, actor: Actor, familyId: string) => Promise<void>;

export function tellFamilyFileClosed(options: { publicUrl: string }): FileClosedNotice {
  const link = `${options.publicUrl.replace(/\/+$/, '')}/our-family`;
  return async (tx, actor, familyId) => {
    const userIds = await listFamilyAccountUserIds(tx, familyId);
    if (userIds.length === 0) return;
    const { retentionAge } = await keptUntilOf(tx, { id: familyId, collaborationId: actor.collaborationId });
    for (const recipient of await findMailRecipients(tx, actor.collaborationId, userIds))
      await queueMail(tx, {
        collaborationId: actor.collaborationId,
        to: recipient.email,
        locale: recipient.locale,
        template: 'file-closed',
        params: { retentionAge: String(retentionAge), link },
      });
  };
}
