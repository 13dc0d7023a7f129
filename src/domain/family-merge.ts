// R17, one family, one plan: when two files of one family become one, their plans fold into one
// plan. Every item of both plans is kept with its stable id; the family agrees anew.
import { normaliseName } from './duplicate-family';
import { isSameItem, PLAN_SECTIONS, type PlanContent, type PlanSection } from './family-plan';

type Item = { id: string };

/**
 * The surviving plan's items first, then the other plan's. An item both plans hold unchanged
 * (same id, same content) appears once. An id the other plan uses for a different item (never
 * expected with random ids, but nothing may be lost) gets a fresh id, and the other plan's
 * references to it follow.
 */
export function foldPlans(surviving: PlanContent, other: PlanContent, newId: () => string): PlanContent {
  const renamed = new Map<string, string>();
  const kept = Object.fromEntries(
    PLAN_SECTIONS.map((s) => [s, new Map((surviving[s] as Item[]).map((i) => [i.id, i]))]),
  ) as Record<PlanSection, Map<string, Item>>;
  for (const section of PLAN_SECTIONS)
    for (const item of other[section] as Item[]) {
      const same = kept[section].get(item.id);
      if (same && !isSameItem(same, item)) renamed.set(`${section}:${item.id}`, newId());
    }
  const idOf = (section: PlanSection, id: string) => renamed.get(`${section}:${id}`) ?? id;
  const ref = (section: PlanSection, id: string | null) => (id ? idOf(section, id) : null);
  const moved: PlanContent = {
    goals: other.goals.map((g) => ({
      ...g,
      id: idOf('goals', g.id),
      helpPlanId: ref('helpPlans', g.helpPlanId),
    })),
    strengths: other.strengths.map((s) => ({ ...s, id: idOf('strengths', s.id) })),
    worries: other.worries.map((w) => ({ ...w, id: idOf('worries', w.id) })),
    actions: other.actions.map((a) => ({
      ...a,
      id: idOf('actions', a.id),
      goalId: ref('goals', a.goalId),
      helpPlanId: ref('helpPlans', a.helpPlanId),
    })),
    evaluations: other.evaluations.map((e) => ({
      ...e,
      id: idOf('evaluations', e.id),
      goalId: idOf('goals', e.goalId),
    })),
    helpPlans: other.helpPlans.map((h) => ({ ...h, id: idOf('helpPlans', h.id) })),
  };
  const fold = <T extends Item>(section: PlanSection, a: T[], b: T[]): T[] => [
    ...a,
    ...b.filter((i) => !kept[section].has(i.id)),
  ];
  return {
    goals: fold('goals', surviving.goals, moved.goals),
    strengths: fold('strengths', surviving.strengths, moved.strengths),
    worries: fold('worries', surviving.worries, moved.worries),
    actions: fold('actions', surviving.actions, moved.actions),
    evaluations: fold('evaluations', surviving.evaluations, moved.evaluations),
    helpPlans: fold('helpPlans', surviving.helpPlans, moved.helpPlans),
  };
}

type MemberFacts = {
  role: string;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  dueDate: string | null;
};

/**
 * R17: a member of the merged file the surviving file already holds, word for word (names
 * compared without accents or case). Only such a member is not added twice; any difference,
 * even a name one file lacks, keeps both so nothing the other file knew is hidden.
 */
export function isSameMember(a: MemberFacts, b: MemberFacts): boolean {
  const name = (x: string | null) => (x ? normaliseName(x) : null);
  return (
    a.role === b.role &&
    a.birthDate === b.birthDate &&
    a.dueDate === b.dueDate &&
    name(a.givenName) === name(b.givenName) &&
    name(a.familyName) === name(b.familyName)
  );
}
