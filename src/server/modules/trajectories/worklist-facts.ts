// Everything the deadline rules need to know about a set of families, gathered in a handful of
// queries (not one per family), and the due items the rules derive from it.
import type { DueItemDto } from '../../../contracts/worklist';
import {
  type DueItem,
  firstStepsDueItems,
  planActionDueItems,
  sortDueItems,
  trajectoryDueItems,
} from '../../../domain/due-items';
import { isAssignmentActive } from '../../../domain/family-access';
import type { PlanContent } from '../../../domain/family-plan';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { familyLabel, findFamiliesByIds, listAssignmentsOf, listMembersOf, toMemberView } from '../families';
import { findPeople, type Person } from '../identity';
import { type ReferralFact, referralsOfFamilies } from '../intake';
import { findMunicipalitiesByNis } from '../network';
import { currentPlanContents, firstPlanDates } from '../plans';
import {
  type CareWeekRow,
  lastContactDates,
  listCareWeeksOf,
  listMeetingsOf,
  listOpenTrajectories,
  type MeetingRow,
  type TrajectoryRow,
} from './trajectories.repository';
import { extensionOf } from './trajectory-view';

export type FamilyFacts = {
  familyId: string;
  label: string | null;
  municipality: string;
  childrenCount: number;
  workers: Person[];
  open: TrajectoryRow[];
  meetings: MeetingRow[];
  /** Care weeks with hours recorded, of the open family-care trajectories (R5). */
  careWeeks: Pick<CareWeekRow, 'trajectoryId' | 'week'>[];
  lastContactOn: string | null;
  plan: PlanContent | null;
  firstPlanOn: string | null;
  /** The latest started referral: the start of the current journey (R26). */
  referral: ReferralFact | null;
};

export async function gatherFamilyFacts(
  db: Executor,
  // The reminder scan (notifications) gathers without a signed-in person: only the tenant counts.
  actor: Pick<Actor, 'collaborationId'>,
  familyIds: string[],
  today: string,
): Promise<FamilyFacts[]> {
  const ids = [...new Set(familyIds)];
  if (ids.length === 0) return [];
  const families = await findFamiliesByIds(db, actor.collaborationId, ids);
  const members = await listMembersOf(db, ids);
  const assignments = (await listAssignmentsOf(db, ids)).filter((a) => isAssignmentActive(a, today));
  const people = new Map(
    (
      await findPeople(
        db,
        actor.collaborationId,
        assignments.map((a) => a.userId),
      )
    ).map((p) => [p.id, p]),
  );
  const municipalities = await findMunicipalitiesByNis(
    db,
    families.map((f) => f.municipalityNis),
  );
  const open = await listOpenTrajectories(db, actor.collaborationId, ids);
  const meetings = await listMeetingsOf(
    db,
    open.map((t) => t.id),
  );
  const careWeeks = await listCareWeeksOf(
    db,
    open.filter((t) => t.kind === 'familyCare').map((t) => t.id),
  );
  const lastContacts = await lastContactDates(db, ids);
  const plans = await currentPlanContents(db, actor.collaborationId, ids);
  const firstPlans = await firstPlanDates(db, actor.collaborationId, ids);
  const referrals = (await referralsOfFamilies(db, actor.collaborationId, ids)).filter(
    (r) => r.status === 'started',
  );
  return families.map((family) => {
    const own = members.filter((m) => m.familyId === family.id).map(toMemberView);
    return {
      familyId: family.id,
      label: familyLabel(own),
      municipality: municipalities.get(family.municipalityNis)?.name ?? family.municipalityNis,
      childrenCount: own.filter((m) => m.role === 'child').length,
      workers: assignments
        .filter((a) => a.familyId === family.id)
        .flatMap((a) => (people.has(a.userId) ? [people.get(a.userId) as Person] : [])),
      open: open.filter((t) => t.familyId === family.id),
      meetings: meetings.filter((m) => m.familyId === family.id),
      careWeeks: careWeeks.filter((w) =>
        open.some((t) => t.id === w.trajectoryId && t.familyId === family.id),
      ),
      lastContactOn: lastContacts.get(family.id) ?? null,
      plan: plans.get(family.id) ?? null,
      firstPlanOn: firstPlans.get(family.id) ?? null,
      referral: referrals.find((r) => r.familyId === family.id) ?? null,
    };
  });
}

/** The due items of one family, by every rule that applies to it. */
export function dueItemsOf(facts: FamilyFacts, today: string): DueItem[] {
  return [
    ...firstStepsDueItems({
      familyId: facts.familyId,
      referral: facts.referral,
      firstPlanOn: facts.firstPlanOn,
      today,
    }),
    ...facts.open.flatMap((t) =>
      trajectoryDueItems(
        {
          id: t.id,
          familyId: t.familyId,
          kind: t.kind,
          startedOn: t.startedOn,
          extension: extensionOf(t),
          lastContactOn: facts.lastContactOn,
          handover: t.handover,
          meetings: facts.meetings.filter((m) => m.trajectoryId === t.id),
          familyCare:
            t.kind === 'familyCare'
              ? {
                  provider: t.familyCareProvider ?? '',
                  referredOn: t.familyCareReferredOn ?? t.startedOn,
                  firstContactOn: t.familyCareFirstContactOn,
                  recordedWeeks: facts.careWeeks.filter((w) => w.trajectoryId === t.id).map((w) => w.week),
                }
              : null,
        },
        today,
      ),
    ),
    ...planActionDueItems({ familyId: facts.familyId, actions: facts.plan?.actions ?? [], today }),
  ];
}

export function toDueItemDtos(items: DueItem[], facts: FamilyFacts[]): DueItemDto[] {
  const byId = new Map(facts.map((f) => [f.familyId, f]));
  return sortDueItems(items).map((item) => {
    const family = byId.get(item.familyId);
    return {
      ...item,
      familyLabel: family?.label ?? null,
      trajectoryKind: family?.open.find((t) => t.id === item.trajectoryId)?.kind ?? null,
      workers: family?.workers.map((w) => w.displayName) ?? [],
    };
  });
}
