import type { AgreementDto, AgreementInput } from '../../../../contracts/governance/outcomes';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { AppError } from '../../../platform/http/app-error';
import { insertAgreement } from './agreements.repository';
import { listAgreements } from './list-agreements';

/** A new version of the engagement declaration or collaboration agreement; everyone signs again. */
export async function createAgreement(db: Db, actor: Actor, input: AgreementInput): Promise<AgreementDto> {
  return db.transaction(async (tx) => {
    const row = await insertAgreement(tx, { collaborationId: actor.collaborationId, ...input });
    if (!row) throw new AppError(409, 'GOVERNANCE_AGREEMENT_VERSION_EXISTS');
    const all = await listAgreements(tx, actor);
    return all.find((a) => a.id === row.id) as AgreementDto;
  });
}
