import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database';
import { findInTenant } from '../../../platform/db/tenant';
import { governanceAgreementSignatures, governanceAgreements } from '../governance.schema';

export type AgreementRow = typeof governanceAgreements.$inferSelect;

export async function insertAgreement(db: Executor, values: typeof governanceAgreements.$inferInsert) {
  const [row] = await db.insert(governanceAgreements).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function listAgreements(db: Executor, collaborationId: string) {
  return db
    .select()
    .from(governanceAgreements)
    .where(eq(governanceAgreements.collaborationId, collaborationId))
    .orderBy(asc(governanceAgreements.kind), desc(governanceAgreements.validFrom));
}

export function findAgreement(db: Executor, collaborationId: string, id: string) {
  return findInTenant(db, governanceAgreements, collaborationId, id);
}

/** One signature per organisation and version: a second one is refused, not duplicated. */
export async function insertSignature(
  db: Executor,
  values: typeof governanceAgreementSignatures.$inferInsert,
) {
  const [row] = await db
    .insert(governanceAgreementSignatures)
    .values(values)
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function listSignatures(db: Executor, agreementIds: string[]) {
  if (agreementIds.length === 0) return [];
  return db
    .select()
    .from(governanceAgreementSignatures)
    .where(inArray(governanceAgreementSignatures.agreementId, agreementIds))
    .orderBy(asc(governanceAgreementSignatures.signedOn));
}
