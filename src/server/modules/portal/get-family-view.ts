import type { FamilyViewDto } from '../../../contracts/portal';
import { isAssignmentActive } from '../../../domain/family-access';
import type { FamilyViewer } from '../../../domain/family-visibility';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { visibilityFactsOf } from '../consent';
import { type FamilyFile, familyLabel, inFamilyFile, listMembersOf, toMemberView } from '../families';
import { findPeople } from '../identity';
import { currentPlanOf, toPlanVersionDto } from '../plans';
import { keptUntilOf } from '../retention';
import { listContactsOf, listTrajectoriesOf } from '../trajectories';

/**
 * What the family reads of its own file (R16): its members, its plan, its trajectories and the
 * contacts with it. R28: a contact note kept from the family — a third party's confidence,
 * about another person, harmful to the minor, for the courts, a court document, withheld by the
 * worker — is left out here, and so out of every copy printed from this view.
 */
export async function familyViewOf(
  tx: Executor,
  actor: Actor,
  family: Pick<FamilyFile, 'id' | 'collaborationId' | 'assignments'>,
  /** The signed-in family member (portal): the shared filter decides for them (R27, R28). */
  viewer?: FamilyViewer,
): Promise<FamilyViewDto> {
  const today = actor.clock.today();
  const members = (await listMembersOf(tx, [family.id])).map(toMemberView);
  const plan = await currentPlanOf(tx, family.id);
  const trajectories = await listTrajectoriesOf(tx, [family.id]);
  // R27 R28: the marks of the consent module too (court documents, withheld by the worker, a
  // young person's own part, third-party information): this view is what every member may read.
  const visibility = await visibilityFactsOf(tx, family.id, today);
  const contacts = (await listContactsOf(tx, family.id)).filter((c) => visibility.maySee(viewer ?? null, c));
  const workers = await findPeople(
    tx,
    actor.collaborationId,
    family.assignments.filter((a) => isAssignmentActive(a, today)).map((a) => a.userId),
  );
  return {
    familyId: family.id,
    label: familyLabel(members),
    members: members.map(({ id: _id, ...m }) => m),
    plan: plan ? toPlanVersionDto(plan) : null,
    trajectories: trajectories.map((t) => ({
      kind: t.kind,
      startedOn: t.startedOn,
      closedOn: t.closedOn,
    })),
    contacts: contacts.map((c) => ({
      kind: c.kind,
      occurredOn: c.occurredOn,
      durationMinutes: c.durationMinutes,
      note: c.note,
    })),
    workers: workers.map((w) => w.displayName),
    printedOn: today,
    retention: { ...(await keptUntilOf(tx, family)), fileClosedOn: fileClosedOn(trajectories) },
  };
}

/** The worker previews what the family sees, before sharing or printing it. */
export async function getFamilyView(db: Db, actor: Actor, familyId: string): Promise<FamilyViewDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { view: 'familyView' },
    });
    return familyViewOf(tx, actor, family);
  });
}

/** R30: the day the file closed — the last trajectory's closing, once none is open any more. */
function fileClosedOn(trajectories: { status: string; closedOn: string | null }[]): string | null {
  if (trajectories.length === 0 || trajectories.some((t) => t.status === 'open')) return null;
  return trajectories.map((t) => t.closedOn ?? '').reduce((a, b) => (a > b ? a : b), '') || null;
}
