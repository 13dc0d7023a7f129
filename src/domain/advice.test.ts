import { describe, expect, it } from 'vitest';
import {
  checkAdvice,
  checkObjectionClosing,
  checkRoundDecision,
  type GivenAdvice,
  isAskedForAdvice,
  isBlocking,
  summarizeAdviceRound,
} from './advice';

describe('R14 advice on a proposal', () => {
  it('positive advice needs nothing more; an amendment needs its text', () => {
    expect(checkAdvice({ kind: 'positive' })).toBeNull();
    expect(checkAdvice({ kind: 'positiveWithAmendment', amendment: '  ' })).toEqual({
      code: 'GOVERNANCE_AMENDMENT_REQUIRED',
      field: 'amendment',
    });
    expect(
      checkAdvice({ kind: 'positiveWithAmendment', amendment: 'Eerst evalueren na één jaar.' }),
    ).toBeNull();
  });

  it('a principled objection must say how it goes against the vision and values and whom it harms', () => {
    expect(
      checkAdvice({ kind: 'principledObjection', harmToClientsOrStakeholders: 'Gezinnen wachten langer.' }),
    ).toEqual({ code: 'GOVERNANCE_OBJECTION_VISION_REQUIRED', field: 'againstVisionAndValues' });
    expect(
      checkAdvice({
        kind: 'principledObjection',
        againstVisionAndValues: 'Eén gezin, één plan wordt losgelaten.',
      }),
    ).toEqual({ code: 'GOVERNANCE_OBJECTION_HARM_REQUIRED', field: 'harmToClientsOrStakeholders' });
    expect(
      checkAdvice({
        kind: 'principledObjection',
        againstVisionAndValues: 'Eén gezin, één plan wordt losgelaten.',
        harmToClientsOrStakeholders: 'Gezinnen krijgen opnieuw drie hulpverleners.',
      }),
    ).toBeNull();
  });

  it('a personal objection states the objection', () => {
    expect(checkAdvice({ kind: 'personalObjection' })).toEqual({
      code: 'GOVERNANCE_PERSONAL_OBJECTION_REQUIRED',
      field: 'objection',
    });
    expect(
      checkAdvice({ kind: 'personalObjection', objection: 'Ik vind het tijdstip ongelukkig.' }),
    ).toBeNull();
  });

  it('only an open principled objection blocks; a personal objection never does', () => {
    expect(isBlocking({ kind: 'principledObjection', objectionStatus: 'open' })).toBe(true);
    expect(isBlocking({ kind: 'principledObjection', objectionStatus: 'withdrawn' })).toBe(false);
    expect(isBlocking({ kind: 'principledObjection', objectionStatus: 'resolved' })).toBe(false);
    expect(isBlocking({ kind: 'personalObjection', objectionStatus: null })).toBe(false);
  });

  it('summarises a round: counts per kind, who is missing, and whether it can be decided', () => {
    const advices: GivenAdvice[] = [
      { memberId: 'a', kind: 'positive', objectionStatus: null },
      { memberId: 'b', kind: 'positiveWithAmendment', objectionStatus: null },
      { memberId: 'c', kind: 'principledObjection', objectionStatus: 'open' },
      { memberId: 'd', kind: 'personalObjection', objectionStatus: null },
    ];
    const summary = summarizeAdviceRound(advices, ['a', 'b', 'c', 'd', 'e']);
    expect(summary).toMatchObject({
      positive: 1,
      positiveWithAmendment: 1,
      principledObjection: 1,
      personalObjection: 1,
      given: 4,
      missing: 1,
      blocking: 1,
      canDecide: false,
    });
    const withdrawn = advices.map((a) =>
      a.memberId === 'c' ? { ...a, objectionStatus: 'withdrawn' as const } : a,
    );
    expect(summarizeAdviceRound(withdrawn, ['a', 'b', 'c', 'd', 'e']).canDecide).toBe(true);
  });

  it('asks the members with a say, not the secretary or advisory members', () => {
    expect(['chair', 'lead', 'member', 'secretary', 'advisor'].filter(isAskedForAdvice)).toEqual([
      'chair',
      'lead',
      'member',
    ]);
  });

  it('a missing advice does not block a decision', () => {
    expect(summarizeAdviceRound([], ['a', 'b'])).toMatchObject({ missing: 2, canDecide: true });
  });

  it('closes a principled objection once; other advice has nothing to close', () => {
    expect(checkObjectionClosing({ kind: 'principledObjection', objectionStatus: 'open' })).toBeNull();
    expect(checkObjectionClosing({ kind: 'principledObjection', objectionStatus: 'withdrawn' })).toEqual({
      code: 'GOVERNANCE_OBJECTION_ALREADY_CLOSED',
    });
    expect(checkObjectionClosing({ kind: 'personalObjection', objectionStatus: null })).toEqual({
      code: 'GOVERNANCE_NOT_A_PRINCIPLED_OBJECTION',
    });
  });

  it('a decision waits for every principled objection, and is taken once', () => {
    const open = { kind: 'principledObjection' as const, objectionStatus: 'open' as const };
    expect(checkRoundDecision('open', [open, open])).toEqual({
      code: 'GOVERNANCE_PRINCIPLED_OBJECTION_BLOCKS',
      blocking: 2,
    });
    expect(checkRoundDecision('open', [{ kind: 'personalObjection', objectionStatus: null }])).toBeNull();
    expect(checkRoundDecision('decided', [])).toEqual({ code: 'GOVERNANCE_ADVICE_ROUND_CLOSED' });
  });
});
