import type { EnrolmentDto } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { findUserById, signInIdOf } from './identity.repository';
import { savePendingSecret } from './second-factor.repository';
import { newTotpSecret, otpauthUri, qrCodeSvg } from './totp';

/**
 * A new authenticator secret, answered this once as a QR code and as text (ADR 036). A person
 * who must still give their code cannot enrol instead: that would walk around the code.
 */
export async function startEnrolment(db: Db, actor: Actor): Promise<EnrolmentDto> {
  if (actor.signInStep === 'secondFactor') throw new AppError(401, 'SIGN_IN_INCOMPLETE');
  const user = await findUserById(db, actor.userId);
  if (!user) throw new AppError(401, 'UNAUTHENTICATED');
  const secret = newTotpSecret();
  await savePendingSecret(db, user.id, secret);
  const uri = otpauthUri(secret, signInIdOf(user));
  return { secret, otpauthUri: uri, qrCodeSvg: await qrCodeSvg(uri) };
}
