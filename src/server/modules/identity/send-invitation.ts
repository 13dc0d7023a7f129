import type { Locale } from '../../../contracts/common';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { queueMail } from '../messages';
import { findCollaboration } from '../network';
import type { UserRow } from './identity.repository';
import { type InvitationOptions, invitationLink, issueInvitation } from './issue-invitation';

const LANGUAGE_TAGS: Record<Locale, string> = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE' };

/**
 * A new invitation link for the person, e-mailed in their language. The mail is queued in the
 * same transaction (ADR 032): if the invitation rolls back, no link goes out.
 */
export async function sendInvitation(tx: Executor, actor: Actor, user: UserRow, options: InvitationOptions) {
  if (!user.email) throw new Error('an invitation by e-mail needs an address');
  const { token, expiresAt } = await issueInvitation(tx, actor, user.id);
  const collaboration = await findCollaboration(tx, user.collaborationId);
  await queueMail(tx, {
    collaborationId: user.collaborationId,
    to: user.email,
    locale: user.locale,
    template: 'invitation',
    params: {
      displayName: user.displayName,
      collaborationName: collaboration?.name ?? 'eenplan',
      link: invitationLink(options.publicUrl, token),
      // Belgian time, as the person reads their mail (dd/mm/yyyy hh:mm).
      expiresAt: new Intl.DateTimeFormat(LANGUAGE_TAGS[user.locale], {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Europe/Brussels',
      }).format(expiresAt),
    },
  });
}
