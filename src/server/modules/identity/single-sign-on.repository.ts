import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { users } from './identity.schema';
import { externalIdentities, signInProviders, singleSignOnAttempts } from './single-sign-on.schema';

export type SignInProviderRow = typeof signInProviders.$inferSelect;

export async function listSignInProviders(db: Executor, collaborationId: string) {
  return db
    .select()
    .from(signInProviders)
    .where(eq(signInProviders.collaborationId, collaborationId))
    .orderBy(asc(signInProviders.createdAt));
}

/** What the sign-in page offers: the active providers of every collaboration. */
export async function listActiveSignInProviders(db: Executor) {
  return db
    .select()
    .from(signInProviders)
    .where(eq(signInProviders.isActive, true))
    .orderBy(asc(signInProviders.createdAt));
}

export async function findSignInProvider(db: Executor, id: string): Promise<SignInProviderRow | null> {
  const [row] = await db.select().from(signInProviders).where(eq(signInProviders.id, id));
  return row ?? null;
}

export async function findSignInProviderOfOrganisation(
  db: Executor,
  collaborationId: string,
  organisationId: string,
): Promise<SignInProviderRow | null> {
  const [row] = await db
    .select()
    .from(signInProviders)
    .where(
      and(
        eq(signInProviders.collaborationId, collaborationId),
        eq(signInProviders.organisationId, organisationId),
      ),
    );
  return row ?? null;
}

export async function insertSignInProvider(db: Executor, values: typeof signInProviders.$inferInsert) {
  const [row] = await db.insert(signInProviders).values(values).returning();
  return row as SignInProviderRow;
}

export async function updateSignInProvider(
  db: Executor,
  id: string,
  values: Partial<typeof signInProviders.$inferInsert>,
) {
  const [row] = await db
    .update(signInProviders)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(signInProviders.id, id))
    .returning();
  return row as SignInProviderRow;
}

export async function insertSingleSignOnAttempt(
  db: Executor,
  values: typeof singleSignOnAttempts.$inferInsert,
) {
  await db.insert(singleSignOnAttempts).values(values);
}

/** Takes an attempt out as it is read: a `state` answers once (a replayed callback finds nothing). */
export async function takeSingleSignOnAttempt(db: Executor, stateHash: string, now: Date) {
  await db.delete(singleSignOnAttempts).where(lt(singleSignOnAttempts.expiresAt, now));
  const [row] = await db
    .delete(singleSignOnAttempts)
    .where(eq(singleSignOnAttempts.stateHash, stateHash))
    .returning();
  return row ?? null;
}

export async function findUserByExternalIdentity(db: Executor, issuer: string, subject: string) {
  const [row] = await db
    .select({ user: users, identityId: externalIdentities.id })
    .from(externalIdentities)
    .innerJoin(users, eq(users.id, externalIdentities.userId))
    .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)));
  return row ?? null;
}

export async function insertExternalIdentity(db: Executor, values: typeof externalIdentities.$inferInsert) {
  await db.insert(externalIdentities).values(values).onConflictDoNothing();
}

export async function touchExternalIdentity(db: Executor, id: string, now: Date) {
  await db.update(externalIdentities).set({ lastUsedAt: now }).where(eq(externalIdentities.id, id));
}
