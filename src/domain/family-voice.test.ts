import { describe, expect, it } from 'vitest';
import type { PlanContent } from './family-plan';
import {
  applyCorrection,
  correctionAnswerProblem,
  correctionFieldOf,
  entryChangeProblem,
  isAgreementAsked,
  planItemText,
} from './family-voice';

const plan: PlanContent = {
  goals: [
    {
      id: 'g1',
      familyWords: 'Rust aan tafel',
      professionalWording: 'Minder conflict',
      status: 'open',
      helpPlanId: null,
    },
  ],
  strengths: [{ id: 's1', text: 'Oma helpt' }],
  worries: [],
  actions: [],
  evaluations: [{ id: 'e1', goalId: 'g1', on: '2026-12-01', by: 'worker', scale: 4, note: null }],
  helpPlans: [],
};

describe('R16: what a family may ask to correct', () => {
  it('a goal has two texts and needs the field named; a strength has one', () => {
    expect(correctionFieldOf('goal', null)).toBeNull();
    expect(correctionFieldOf('goal', 'professionalWording')).toBe('professionalWording');
    expect(correctionFieldOf('strength', undefined)).toBe('text');
    expect(correctionFieldOf('contact', null)).toBe('note');
    expect(correctionFieldOf('strength', 'note')).toBeNull();
  });

  it('reads an item’s text: undefined for an unknown item, null for an empty field', () => {
    expect(planItemText(plan, 'goal', 'g1', 'professionalWording')).toBe('Minder conflict');
    expect(planItemText(plan, 'evaluation', 'e1', 'note')).toBeNull();
    expect(planItemText(plan, 'goal', 'nope', 'familyWords')).toBeUndefined();
  });

  it('a correction changes that field of that item only, and leaves the version it came from alone', () => {
    const next = applyCorrection(plan, 'goal', 'g1', 'professionalWording', 'Rustiger samen eten');
    expect(next.goals[0]).toEqual({ ...plan.goals[0], professionalWording: 'Rustiger samen eten' });
    expect(next.strengths).toBe(plan.strengths);
    expect(plan.goals[0]?.professionalWording).toBe('Minder conflict');
  });
});

describe('R16: answering a correction', () => {
  it('a decline needs a reason, an acceptance the corrected text, and an answer comes once', () => {
    expect(correctionAnswerProblem('open', { decision: 'declined', reason: '  ' })).toEqual({
      code: 'CORRECTION_DECLINE_REASON_REQUIRED',
      field: 'reason',
    });
    expect(correctionAnswerProblem('open', { decision: 'accepted' })).toEqual({
      code: 'CORRECTION_TEXT_REQUIRED',
      field: 'correctedText',
    });
    expect(correctionAnswerProblem('open', { decision: 'declined', reason: 'Zo gezegd' })).toBeNull();
    expect(correctionAnswerProblem('open', { decision: 'accepted', correctedText: 'Nieuw' })).toBeNull();
    expect(correctionAnswerProblem('declined', { decision: 'accepted', correctedText: 'Nieuw' })?.code).toBe(
      'CORRECTION_ALREADY_ANSWERED',
    );
  });
});

describe('R16: the family’s own words', () => {
  const entry = { memberId: 'm1', supersededAt: null, withdrawnAt: null };
  it('only the author changes an entry, and only its latest state', () => {
    expect(entryChangeProblem(entry, 'm1')).toBeNull();
    expect(entryChangeProblem(entry, 'm2')).toBe('notYours');
    expect(entryChangeProblem({ ...entry, supersededAt: new Date() }, 'm1')).toBe('changed');
    expect(entryChangeProblem({ ...entry, withdrawnAt: new Date() }, 'm1')).toBe('changed');
  });

  it('a new plan version asks every member again', () => {
    const responses = [{ memberId: 'm1', planVersion: 2, agrees: true }];
    expect(isAgreementAsked(2, responses, 'm1')).toBe(false);
    expect(isAgreementAsked(2, responses, 'm2')).toBe(true);
    expect(isAgreementAsked(3, responses, 'm1')).toBe(true);
    expect(isAgreementAsked(null, responses, 'm1')).toBe(false);
  });
});
