// A family member's own account (issue 13, ADR 044), signed in like the browser does: the same
// kind of session as `tenant.as(role)`, so tests call `.get/.post/.put/.del` on it.
import { sql } from 'drizzle-orm';
import { createFamilyAccount } from '../../src/server/modules/identity';
import { type Session, TEST_PASSWORD, type TestApp } from './test-app';

let counter = 0;

/** Creates an account for the member (any member: the R27 age rule is the invitation's) and signs in. */
export async function signInAsFamilyMember(
  t: TestApp,
  { familyId, memberId }: { familyId: string; memberId: string },
): Promise<Session> {
  const { rows } = await t.db.execute(
    sql`select m.collaboration_id as "collaborationId", coalesce(m.given_name, 'Gezinslid') as name
          from family_members m where m.id = ${memberId} and m.family_id = ${familyId}`,
  );
  const member = rows[0] as { collaborationId: string; name: string } | undefined;
  if (!member) throw new Error(`no member ${memberId} in family ${familyId}`);
  counter += 1;
  const email = `family-${counter}-${Date.now()}@example.test`;
  await createFamilyAccount(t.db, {
    collaborationId: member.collaborationId,
    familyId,
    memberId,
    displayName: member.name,
    email,
    password: TEST_PASSWORD,
    createdBy: null,
  });
  return t.login(email);
}
