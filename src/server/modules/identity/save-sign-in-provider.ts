import type { SignInProviderBody } from '../../../contracts/single-sign-on';
import { issuerProblem } from '../../../domain/single-sign-on';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { findOrganisation } from '../network';
import { discover } from './provider-configuration';
import {
  findSignInProviderOfOrganisation,
  insertSignInProvider,
  updateSignInProvider,
} from './single-sign-on.repository';

/**
 * An administrator lets a partner organisation's people sign in with their own provider, or
 * changes or switches that off. An active provider is asked for its metadata first, so a typo in
 * the issuer is found now and not by the first worker on Monday morning.
 */
export async function saveSignInProvider(db: Db, actor: Actor, body: SignInProviderBody): Promise<void> {
  const organisation = await findOrganisation(db, actor.collaborationId, body.organisationId);
  if (!organisation) throw unprocessable('ORGANISATION_UNKNOWN', 'organisationId');
  const problem = issuerProblem(body.issuer);
  if (problem) throw unprocessable(problem, 'issuer');

  const existing = await findSignInProviderOfOrganisation(db, actor.collaborationId, body.organisationId);
  const clientSecret = body.clientSecret === undefined ? (existing?.clientSecret ?? null) : body.clientSecret;
  if (body.isActive) await checkReachable(body.issuer, body.clientId, clientSecret);

  await db.transaction(async (tx) => {
    const values = {
      issuer: body.issuer,
      clientId: body.clientId,
      clientSecret,
      requireSecondFactor: body.requireSecondFactor,
      isActive: body.isActive,
    };
    const saved = existing
      ? await updateSignInProvider(tx, existing.id, values)
      : await insertSignInProvider(tx, {
          ...values,
          collaborationId: actor.collaborationId,
          organisationId: body.organisationId,
        });
    await recordAccountEvent(tx, {
      action: 'sign-in-provider',
      collaborationId: actor.collaborationId,
      entityType: 'sign-in-provider',
      entityId: saved.id,
      actor: { userId: actor.userId, displayName: actor.displayName },
      // Never the secret: only whether there is one.
      details: {
        organisationId: body.organisationId,
        issuer: body.issuer,
        clientId: body.clientId,
        hasClientSecret: clientSecret !== null,
        requireSecondFactor: body.requireSecondFactor,
        isActive: body.isActive,
      },
    });
  });
}

async function checkReachable(issuer: string, clientId: string, clientSecret: string | null) {
  try {
    await discover(issuer, clientId, clientSecret);
  } catch {
    throw unprocessable('ISSUER_UNREACHABLE', 'issuer');
  }
}
