import type { AgreementDto } from '../../../../contracts/governance/outcomes';
import type { Actor } from '../../../platform/auth/actor';
import type { Executor } from '../../../platform/db/database';
import { listOrganisations } from '../../network';
import {
  type AgreementRow,
  listSignatures,
  listAgreements as queryAgreements,
} from './agreements.repository';

/** Organisations that take part (lead partner and partners) sign; referrers do not. */
const SIGNING_ROLES = new Set(['leadPartner', 'partner']);

/**
 * Each version of the engagement declaration and the collaboration agreement, with who signed
 * it and which partner organisations have not. The current version of a kind is the latest one
 * in force today.
 */
export async function listAgreements(db: Executor, actor: Actor): Promise<AgreementDto[]> {
  const today = actor.clock.today();
  const agreements = await queryAgreements(db, actor.collaborationId);
  const signatures = await listSignatures(
    db,
    agreements.map((a) => a.id),
  );
  const organisations = await listOrganisations(db, actor.collaborationId);
  const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
  const current = new Map<string, AgreementRow>();
  for (const a of agreements) {
    if (
      a.validFrom <= today &&
      (!current.has(a.kind) || (current.get(a.kind) as AgreementRow).validFrom < a.validFrom)
    )
      current.set(a.kind, a);
  }
  const dtos = agreements.map((a) => {
    const signed = signatures.filter((s) => s.agreementId === a.id);
    const signedBy = new Set(signed.map((s) => s.organisationId));
    return {
      id: a.id,
      kind: a.kind,
      version: a.version,
      title: a.title,
      validFrom: a.validFrom,
      commitments: a.commitments,
      isCurrent: current.get(a.kind)?.id === a.id,
      signatures: signed.map((s) => ({
        id: s.id,
        organisation: { id: s.organisationId, name: nameOf.get(s.organisationId) ?? '' },
        signedOn: s.signedOn,
        signedByName: s.signedByName,
        signedByRole: s.signedByRole,
        note: s.note,
      })),
      notSigned: organisations
        .filter((o) => SIGNING_ROLES.has(o.role ?? '') && !signedBy.has(o.id))
        .map((o) => ({ id: o.id, name: o.name })),
    };
  });
  return dtos.sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent));
}
