import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPlanContent,
  comparePlans,
  emptyPlan,
  goalsSummary,
  hasChanges,
  mergePlans,
  type PlanContent,
  resolveConflicts,
} from './family-plan';

const goal = (id: string, familyWords: string, over = {}) => ({
  id,
  familyWords,
  professionalWording: null,
  status: 'open' as const,
  helpPlanId: null,
  ...over,
});

const base: PlanContent = {
  ...emptyPlan(),
  goals: [goal('g1', 'Rust aan tafel'), goal('g2', 'Naar school gaan')],
  strengths: [{ id: 's1', text: 'Oma helpt' }],
};

describe('the family plan (R17)', () => {
  it('checks that actions, evaluations and folded goals point at what exists', () => {
    expect(checkPlanContent(base)).toBeNull();
    const action = {
      id: 'a1',
      description: 'Afspraak CLB',
      goalId: 'gX',
      owner: { kind: 'organisation' as const, name: 'CLB' },
      dueOn: null,
      doneOn: null,
      helpPlanId: null,
    };
    expect(checkPlanContent({ ...base, actions: [action] })).toEqual({
      code: 'PLAN_REFERENCE_UNKNOWN',
      field: 'content.actions.0.goalId',
    });
    expect(checkPlanContent({ ...base, goals: [goal('g1', 'a'), goal('g1', 'b')] })?.code).toBe(
      'PLAN_DUPLICATE_ITEM',
    );
    expect(
      checkPlanContent({
        ...base,
        evaluations: [{ id: 'e1', goalId: 'g3', on: '2026-03-01', by: 'family', scale: 6, note: null }],
      })?.field,
    ).toBe('content.evaluations.0.goalId');
  });

  it('compares two versions part by part, whatever the key order of the stored JSON', () => {
    const after: PlanContent = {
      ...base,
      goals: [
        {
          helpPlanId: null,
          status: 'reached',
          professionalWording: null,
          familyWords: 'Rust aan tafel',
          id: 'g1',
        },
      ],
      worries: [{ id: 'w1', text: 'Schulden' }],
    };
    const diff = comparePlans(base, after);
    expect(diff.goals.changed.map((c) => [c.before.status, c.after.status])).toEqual([['open', 'reached']]);
    expect(diff.goals.removed.map((g) => g.id)).toEqual(['g2']);
    expect(diff.worries.added.map((w) => w.text)).toEqual(['Schulden']);
    expect(diff.strengths).toEqual({ added: [], removed: [], changed: [] });
    const reordered = JSON.parse(JSON.stringify(base), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect(hasChanges(comparePlans(base, reordered))).toBe(false);
  });

  it('names exactly the fields that changed, with before and after, even when the text stayed the same', () => {
    const action = {
      id: 'a1',
      description: 'Elke zondag samen koken',
      goalId: 'g1',
      owner: { kind: 'familyMember' as const, name: 'Oma' },
      dueOn: '2026-03-01',
      doneOn: null,
      helpPlanId: null,
    };
    const before = { ...base, actions: [action] };
    const after = {
      ...base,
      actions: [{ ...action, owner: { kind: 'network' as const, name: 'Oma' }, dueOn: '2026-04-01' }],
    };
    expect(comparePlans(before, after).actions.changed[0]?.fields).toEqual([
      { field: 'owner.kind', before: 'familyMember', after: 'network' },
      { field: 'dueOn', before: '2026-03-01', after: '2026-04-01' },
    ]);
    const done = { ...base, actions: [{ ...action, doneOn: '2026-02-20' }] };
    expect(comparePlans(before, done).actions.changed[0]?.fields).toEqual([
      { field: 'doneOn', before: null, after: '2026-02-20' },
    ]);
  });

  it('merges edits of different items; the same item changed twice is a conflict, never lost', () => {
    const theirs: PlanContent = {
      ...base,
      goals: [goal('g1', 'Rust aan tafel, ook op zondag'), base.goals[1] as never],
    };
    const mine: PlanContent = {
      ...base,
      goals: [goal('g1', 'Samen eten zonder ruzie'), goal('g2', 'Naar school gaan', { status: 'reached' })],
      worries: [{ id: 'w1', text: 'Slaapt slecht' }],
    };
    const { merged, conflicts } = mergePlans(base, theirs, mine);
    expect(merged.goals.map((g) => [g.familyWords, g.status])).toEqual([
      ['Rust aan tafel, ook op zondag', 'open'],
      ['Naar school gaan', 'reached'],
    ]);
    expect(merged.worries).toEqual([{ id: 'w1', text: 'Slaapt slecht' }]);
    expect(conflicts).toEqual([{ section: 'goals', id: 'g1', theirs: theirs.goals[0], mine: mine.goals[0] }]);
    const chosen = resolveConflicts(merged, conflicts, new Set(['goals:g1']));
    expect(chosen.goals[0]?.familyWords).toBe('Samen eten zonder ruzie');
  });

  it('merging with no edits on one side gives the other side', () => {
    const arbitraryPlan = fc.record({
      goals: fc.uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), words: fc.string() }), {
        selector: (g) => g.id,
      }),
    });
    fc.assert(
      fc.property(arbitraryPlan, arbitraryPlan, (x, y) => {
        const toPlan = (p: typeof x): PlanContent => ({
          ...emptyPlan(),
          goals: p.goals.map((g) => goal(g.id, g.words)),
        });
        const [b, other] = [toPlan(x), toPlan(y)];
        const left = mergePlans(b, b, other);
        const right = mergePlans(b, other, b);
        return (
          left.conflicts.length === 0 &&
          right.conflicts.length === 0 &&
          !hasChanges(comparePlans(other, left.merged)) &&
          !hasChanges(comparePlans(other, right.merged))
        );
      }),
    );
  });

  it('counts goals reached for the closing (R21)', () => {
    expect(
      goalsSummary({
        goals: [
          goal('a', 'x', { status: 'reached' }),
          goal('b', 'y', { status: 'partlyReached' }),
          goal('c', 'z'),
        ],
      }),
    ).toEqual({ total: 3, reached: 1, partlyReached: 1 });
  });
});
