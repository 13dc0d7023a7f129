// The demo's family account (issue 13): a parent of one of Nora's families with a plan signs in
// to the family's own portal with the demo password, like the professionals (README).
import type { IsoDate } from '../../domain/dates';
import { listActiveAssignments, listMembersOf } from '../modules/families';
import { createFamilyAccount } from '../modules/identity';
import { currentPlanOf } from '../modules/plans';
import type { Actor } from '../platform/auth/actor';
import type { Db } from '../platform/db/database';
import { DEMO_FAMILY_EMAIL, DEMO_PASSWORD } from './demo-people';

export async function seedFamilyAccount(db: Db, input: { nora: Actor; today: IsoDate }) {
  const { nora, today } = input;
  const assignments = (await listActiveAssignments(db, nora.collaborationId, today, nora.userId)).sort(
    (a, b) => a.fromOn.localeCompare(b.fromOn) || a.familyId.localeCompare(b.familyId),
  );
  for (const assignment of assignments) {
    const plan = await currentPlanOf(db, assignment.familyId);
    if (!plan || plan.version < 2) continue;
    const members = await listMembersOf(db, [assignment.familyId]);
    const parent = members.find((m) => m.role === 'parent' && m.givenName && m.familyName);
    if (!parent) continue;
    await createFamilyAccount(db, {
      collaborationId: nora.collaborationId,
      familyId: assignment.familyId,
      memberId: parent.id,
      displayName: `${parent.givenName} ${parent.familyName}`,
      email: DEMO_FAMILY_EMAIL,
      password: DEMO_PASSWORD,
      createdBy: nora.userId,
    });
    return;
  }
  throw new Error('the demo has no family of Nora with a plan of two versions for its family account');
}
