import { describe, expect, it } from 'vitest';
import { foldPlans, isSameMember } from './family-merge';
import { checkPlanContent, emptyPlan, type PlanContent } from './family-plan';

const goal = (id: string, familyWords: string) => ({
  id,
  familyWords,
  professionalWording: null,
  status: 'open' as const,
  helpPlanId: null,
});
const action = (id: string, goalId: string | null) => ({
  id,
  description: `actie ${id}`,
  goalId,
  owner: { kind: 'familyMember' as const, name: 'Testouder' },
  dueOn: null,
  doneOn: null,
  helpPlanId: null,
});

const first: PlanContent = {
  ...emptyPlan(),
  goals: [goal('g1', 'Rust in huis')],
  strengths: [{ id: 's1', text: 'Oma helpt' }],
  actions: [action('a1', 'g1')],
};
const second: PlanContent = {
  ...emptyPlan(),
  goals: [goal('g2', 'Naar school gaan')],
  worries: [{ id: 'w2', text: 'Slaapt slecht' }],
  actions: [action('a2', 'g2')],
  evaluations: [{ id: 'e2', goalId: 'g2', on: '2026-03-01', by: 'family', scale: 4, note: null }],
};

describe('R17: folding two plans of one family into one', () => {
  it('keeps every item of both plans with its id, the surviving plan first', () => {
    const folded = foldPlans(first, second, () => 'fresh');
    expect(folded.goals.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(folded.actions.map((a) => [a.id, a.goalId])).toEqual([
      ['a1', 'g1'],
      ['a2', 'g2'],
    ]);
    expect(folded.strengths).toEqual(first.strengths);
    expect(folded.worries).toEqual(second.worries);
    expect(folded.evaluations).toEqual(second.evaluations);
    expect(checkPlanContent(folded)).toBeNull();
  });

  it('keeps an item both plans hold unchanged once', () => {
    const folded = foldPlans(first, { ...second, strengths: first.strengths }, () => 'fresh');
    expect(folded.strengths).toEqual(first.strengths);
  });

  it('never drops a different item that happens to share an id: it gets a fresh id, references follow', () => {
    const clash: PlanContent = {
      ...emptyPlan(),
      goals: [goal('g1', 'Werk vinden')],
      actions: [action('a9', 'g1')],
    };
    const folded = foldPlans(first, clash, () => 'g-fresh');
    expect(folded.goals.map((g) => [g.id, g.familyWords])).toEqual([
      ['g1', 'Rust in huis'],
      ['g-fresh', 'Werk vinden'],
    ]);
    expect(folded.actions.find((a) => a.id === 'a9')?.goalId).toBe('g-fresh');
    expect(checkPlanContent(folded)).toBeNull();
  });
});

describe('R17: members of two files of one family', () => {
  const mila = {
    role: 'child',
    givenName: 'Mila',
    familyName: 'Testermans',
    birthDate: '2015-02-03',
    dueDate: null,
  };
  it('are the same member only when every fact agrees (accents and case aside)', () => {
    expect(isSameMember(mila, { ...mila, givenName: 'MÍLA' })).toBe(true);
    expect(isSameMember(mila, { ...mila, givenName: null })).toBe(false);
    expect(isSameMember(mila, { ...mila, birthDate: '2015-02-04' })).toBe(false);
    expect(isSameMember(mila, { ...mila, role: 'parent' })).toBe(false);
  });
});
