import type { AgreementDto, SignatureInput } from '../../../../contracts/governance/outcomes';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../../platform/http/app-error';
import { findOrganisation } from '../../network';
import { findAgreement, insertSignature } from './agreements.repository';
import { listAgreements } from './list-agreements';

/** A partner organisation signed a version: on which day, by whom, in which capacity. */
export async function recordSignature(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: SignatureInput,
): Promise<AgreementDto> {
  if (input.signedOn > actor.clock.today()) throw unprocessable('GOVERNANCE_SIGNED_IN_FUTURE', 'signedOn');
  return db.transaction(async (tx) => {
    const agreement = await findAgreement(tx, actor.collaborationId, agreementId);
    if (!agreement) throw notFound();
    if (!(await findOrganisation(tx, actor.collaborationId, input.organisationId)))
      throw unprocessable('GOVERNANCE_ORGANISATION_UNKNOWN', 'organisationId');
    const row = await insertSignature(tx, {
      collaborationId: actor.collaborationId,
      agreementId: agreement.id,
      organisationId: input.organisationId,
      signedOn: input.signedOn,
      signedByName: input.signedByName,
      signedByRole: input.signedByRole || null,
      note: input.note || null,
    });
    if (!row) throw new AppError(409, 'GOVERNANCE_ALREADY_SIGNED');
    const all = await listAgreements(tx, actor);
    return all.find((a) => a.id === agreement.id) as AgreementDto;
  });
}
