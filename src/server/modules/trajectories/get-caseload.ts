import type { CaseloadResponse, WorkerCaseloadDto } from '../../../contracts/worklist';
import { addDays, addMonths } from '../../../domain/dates';
import { FAMILY_COACHING_LINE } from '../../../domain/family-coaching';
import { firstStepsFigures } from '../../../domain/first-steps';
import { TRAJECTORY_KINDS } from '../../../domain/trajectories';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordFamiliesShown } from '../audit';
import { familyLabel, listAssignmentsOf, listMembersOf, toMemberView } from '../families';
import { listPeopleWithRoles } from '../identity';
import { startedReferrals } from '../intake';
import { firstPlanDates } from '../plans';
import { familiesInCare } from './get-worklist';
import { dueItemsOf, gatherFamilyFacts } from './worklist-facts';

/** Started referrals this recent without anyone assigned are the coordinator's to assign. */
const UNASSIGNED_WINDOW_DAYS = 60;

/**
 * The coordinator's view of the team: per worker the families, open trajectories and what is
 * overdue; the started families nobody is assigned to yet; and R26 — the time from referral to
 * the first conversation and to the first plan.
 */
export async function getCaseload(
  db: Db,
  actor: Actor,
  period: { from?: string; to?: string },
): Promise<CaseloadResponse> {
  return db.transaction(async (tx) => {
    const today = actor.clock.today();
    const to = period.to ?? today;
    // R26 is about the start of the help: by default the referrals started in the last three months.
    const from = period.from ?? addMonths(to, -3);
    const facts = await gatherFamilyFacts(tx, actor, await familiesInCare(tx, actor, 'all', today), today);
    const people = await listPeopleWithRoles(tx, actor.collaborationId, ['liaisonWorker', 'coach']);
    const workers: WorkerCaseloadDto[] = people.map((person) => {
      const own = facts.filter((f) => f.workers.some((w) => w.id === person.id));
      const due = own.flatMap((f) => dueItemsOf(f, today));
      const open = Object.fromEntries(
        TRAJECTORY_KINDS.map((k) => [k, 0]),
      ) as WorkerCaseloadDto['openTrajectories'];
      for (const t of own.flatMap((f) => f.open)) open[t.kind] += 1;
      return {
        person: { id: person.id, displayName: person.displayName, roles: person.roles },
        families: own.length,
        openTrajectories: open,
        overdue: due.filter((d) => d.state === 'overdue').length,
        dueThisWeek: due.filter((d) => d.state === 'dueToday' || d.state === 'thisWeek').length,
      };
    });

    const recent = await startedReferrals(tx, actor.collaborationId, {
      from: addDays(today, -UNASSIGNED_WINDOW_DAYS),
    });
    const everAssigned = new Set(
      (
        await listAssignmentsOf(
          tx,
          recent.map((r) => r.familyId),
        )
      ).map((a) => a.familyId),
    );
    // R23: families on the family-coaching line get a coach at the coaching desk, not a worker here.
    const waiting = recent.filter(
      (r) => !everAssigned.has(r.familyId) && r.fundingLine.code !== FAMILY_COACHING_LINE,
    );
    const members = await listMembersOf(
      tx,
      waiting.map((r) => r.familyId),
    );
    await recordFamiliesShown(
      tx,
      actor,
      'list',
      waiting.map((r) => r.familyId),
      { view: 'toAssign' },
    );

    const started = await startedReferrals(tx, actor.collaborationId, { from, to });
    const firstPlans = await firstPlanDates(
      tx,
      actor.collaborationId,
      started.map((r) => r.familyId),
    );
    return {
      today,
      workers,
      unassigned: waiting.map((r) => ({
        familyId: r.familyId,
        familyLabel: familyLabel(members.filter((m) => m.familyId === r.familyId).map(toMemberView)),
        referralId: r.id,
        reference: r.reference,
        decidedOn: r.decidedOn,
        fundingLine: r.fundingLine.name,
      })),
      firstSteps: {
        from,
        to,
        ...firstStepsFigures(
          started.map((r) => ({
            receivedOn: r.receivedOn,
            perspectiveConversationOn: r.perspectiveConversationOn,
            firstPlanOn: firstPlans.get(r.familyId) ?? null,
          })),
          today,
        ),
      },
    };
  });
}
