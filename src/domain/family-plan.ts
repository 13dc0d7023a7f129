// R17, one family, one plan: goals in the family's own words (the professional wording beside
// them), strengths, worries, actions owned by family, network, professionals or organisations,
// evaluations per goal, and the help plans of other services folded in. Every part is a list of
// items with a stable id, so versions can be compared and two people's edits merged item by item.
import type { IsoDate } from './dates';

export const GOAL_STATUSES = ['open', 'reached', 'partlyReached', 'notReached', 'stopped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const OWNER_KINDS = ['familyMember', 'network', 'professional', 'organisation'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];
export const EVALUATORS = ['family', 'worker'] as const;
export type Evaluator = (typeof EVALUATORS)[number];
export const EVALUATION_SCALE = { min: 0, max: 10 } as const;

export type PlanGoal = {
  id: string;
  familyWords: string;
  professionalWording: string | null;
  status: GoalStatus;
  /** Set when the goal comes from another service's help plan: that service owns it. */
  helpPlanId: string | null;
};
export type PlanNote = { id: string; text: string };
export type PlanAction = {
  id: string;
  description: string;
  goalId: string | null;
  owner: { kind: OwnerKind; name: string };
  dueOn: IsoDate | null;
  doneOn: IsoDate | null;
  helpPlanId: string | null;
};
export type PlanEvaluation = {
  id: string;
  goalId: string;
  on: IsoDate;
  by: Evaluator;
  /** The scaling question, 0 (nowhere) to 10 (goal reached). */
  scale: number;
  note: string | null;
};
export type HelpPlan = { id: string; organisation: string; title: string };

export type PlanContent = {
  goals: PlanGoal[];
  strengths: PlanNote[];
  worries: PlanNote[];
  actions: PlanAction[];
  evaluations: PlanEvaluation[];
  helpPlans: HelpPlan[];
};

export const PLAN_SECTIONS = [
  'goals',
  'strengths',
  'worries',
  'actions',
  'evaluations',
  'helpPlans',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];
type Item = { id: string };

export function emptyPlan(): PlanContent {
  return { goals: [], strengths: [], worries: [], actions: [], evaluations: [], helpPlans: [] };
}

export type PlanProblem =
  | { code: 'PLAN_DUPLICATE_ITEM'; field: string }
  | { code: 'PLAN_REFERENCE_UNKNOWN'; field: string };

/** Ids are unique per part; actions, evaluations and folded goals point at what exists. */
export function checkPlanContent(plan: PlanContent): PlanProblem | null {
  for (const section of PLAN_SECTIONS) {
    const ids = (plan[section] as Item[]).map((i) => i.id);
    const duplicate = ids.findIndex((id, index) => ids.indexOf(id) !== index);
    if (duplicate >= 0) return { code: 'PLAN_DUPLICATE_ITEM', field: `content.${section}.${duplicate}.id` };
  }
  const goals = new Set(plan.goals.map((g) => g.id));
  const helpPlans = new Set(plan.helpPlans.map((h) => h.id));
  const unknown = (field: string) => ({ code: 'PLAN_REFERENCE_UNKNOWN' as const, field });
  for (const [i, g] of plan.goals.entries())
    if (g.helpPlanId && !helpPlans.has(g.helpPlanId)) return unknown(`content.goals.${i}.helpPlanId`);
  for (const [i, a] of plan.actions.entries()) {
    if (a.goalId && !goals.has(a.goalId)) return unknown(`content.actions.${i}.goalId`);
    if (a.helpPlanId && !helpPlans.has(a.helpPlanId)) return unknown(`content.actions.${i}.helpPlanId`);
  }
  for (const [i, e] of plan.evaluations.entries())
    if (!goals.has(e.goalId)) return unknown(`content.evaluations.${i}.goalId`);
  return null;
}

/** JSON with sorted keys: PostgreSQL's jsonb does not keep key order, equality must not care. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

export function isSameItem(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** One field of an item that differs; nested fields are named by path (`owner.kind`). */
export type FieldChange = { field: string; before: string | number | null; after: string | number | null };
export type SectionChanges<T> = {
  added: T[];
  removed: T[];
  changed: { before: T; after: T; fields: FieldChange[] }[];
};
export type PlanComparison = { [S in PlanSection]: SectionChanges<PlanContent[S][number]> };

type Leaf = string | number | null;
function leaves(value: unknown, path: string, out: Map<string, Leaf>): Map<string, Leaf> {
  if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  else out.set(path, (value ?? null) as Leaf);
  return out;
}

/**
 * Exactly the fields that differ between two versions of one item, with their values before and
 * after: "changed: X → X" hides what changed when only, say, an action's owner did.
 */
export function changedFields(before: Item, after: Item): FieldChange[] {
  const a = leaves(before, '', new Map());
  const b = leaves(after, '', new Map());
  const fields = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  return fields.flatMap((field) => {
    const [was, is] = [a.get(field) ?? null, b.get(field) ?? null];
    return was === is ? [] : [{ field, before: was, after: is }];
  });
}

/** What changed from one version to another, part by part. */
export function comparePlans(before: PlanContent, after: PlanContent): PlanComparison {
  const compare = <T extends Item>(a: T[], b: T[]): SectionChanges<T> => {
    const beforeById = new Map(a.map((i) => [i.id, i]));
    const afterIds = new Set(b.map((i) => i.id));
    return {
      added: b.filter((i) => !beforeById.has(i.id)),
      removed: a.filter((i) => !afterIds.has(i.id)),
      changed: b.flatMap((i) => {
        const old = beforeById.get(i.id);
        return old && !isSameItem(old, i) ? [{ before: old, after: i, fields: changedFields(old, i) }] : [];
      }),
    };
  };
  return {
    goals: compare(before.goals, after.goals),
    strengths: compare(before.strengths, after.strengths),
    worries: compare(before.worries, after.worries),
    actions: compare(before.actions, after.actions),
    evaluations: compare(before.evaluations, after.evaluations),
    helpPlans: compare(before.helpPlans, after.helpPlans),
  };
}

export function hasChanges(comparison: PlanComparison): boolean {
  return PLAN_SECTIONS.some((s) => {
    const c = comparison[s];
    return c.added.length + c.removed.length + c.changed.length > 0;
  });
}

/** An item both people changed differently; null means that side deleted it. */
export type PlanConflict = { section: PlanSection; id: string; theirs: Item | null; mine: Item | null };

/**
 * Three-way merge after a save conflict: `base` is the version the person started from,
 * `theirs` the version saved meanwhile, `mine` the person's draft. An item changed on one side
 * only takes that change; changed on both sides differently it is a conflict (theirs is kept
 * until the person chooses). Nothing is lost silently.
 */
export function mergePlans(
  base: PlanContent,
  theirs: PlanContent,
  mine: PlanContent,
): { merged: PlanContent; conflicts: PlanConflict[] } {
  const conflicts: PlanConflict[] = [];
  const mergeSection = <T extends Item>(section: PlanSection, b: T[], t: T[], m: T[]): T[] => {
    const baseById = new Map(b.map((i) => [i.id, i]));
    const theirsById = new Map(t.map((i) => [i.id, i]));
    const mineById = new Map(m.map((i) => [i.id, i]));
    const order = [...t.map((i) => i.id), ...m.map((i) => i.id).filter((id) => !theirsById.has(id))];
    for (const id of b.map((i) => i.id)) if (!order.includes(id)) order.push(id);
    const out: T[] = [];
    for (const id of order) {
      const [bi, ti, mi] = [baseById.get(id), theirsById.get(id), mineById.get(id)];
      const theirsChanged = !isSameItem(bi, ti);
      const mineChanged = !isSameItem(bi, mi);
      let pick: T | undefined;
      if (!mineChanged) pick = ti;
      else if (!theirsChanged || isSameItem(ti, mi)) pick = mi;
      else {
        conflicts.push({ section, id, theirs: ti ?? null, mine: mi ?? null });
        pick = ti;
      }
      if (pick) out.push(pick);
    }
    return out;
  };
  const merged = {} as PlanContent;
  for (const section of PLAN_SECTIONS)
    (merged as Record<PlanSection, Item[]>)[section] = mergeSection(
      section,
      base[section] as Item[],
      theirs[section] as Item[],
      mine[section] as Item[],
    );
  return { merged, conflicts };
}

/** Applies the person's choice for each conflict: keep theirs (the default) or put mine back. */
export function resolveConflicts(
  merged: PlanContent,
  conflicts: readonly PlanConflict[],
  keepMine: ReadonlySet<string>,
): PlanContent {
  const out = structuredClone(merged) as Record<PlanSection, Item[]>;
  for (const c of conflicts) {
    if (!keepMine.has(`${c.section}:${c.id}`)) continue;
    const list = out[c.section];
    const index = list.findIndex((i) => i.id === c.id);
    if (c.mine && index >= 0) list[index] = c.mine;
    else if (c.mine) list.push(c.mine);
    else if (index >= 0) list.splice(index, 1);
  }
  return out as PlanContent;
}

/** R21: goals reached at closing, counted from the plan. */
export function goalsSummary(plan: Pick<PlanContent, 'goals'>) {
  return {
    total: plan.goals.length,
    reached: plan.goals.filter((g) => g.status === 'reached').length,
    partlyReached: plan.goals.filter((g) => g.status === 'partlyReached').length,
  };
}
