// R14: advice on a proposal. Every member of the body gives positive advice, positive advice
// with an amendment, or a principled objection. A principled objection must say how the
// proposal goes against the vision and values *and* how it harms clients or stakeholders; while
// it stands, the proposal cannot be decided. A personal objection is heard and followed up, but
// never blocks.

export const ADVICE_KINDS = [
  'positive',
  'positiveWithAmendment',
  'principledObjection',
  'personalObjection',
] as const;
export type AdviceKind = (typeof ADVICE_KINDS)[number];

/** A principled objection stays open until it is resolved (the proposal changed) or withdrawn. */
export const OBJECTION_STATUSES = ['open', 'resolved', 'withdrawn'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

export const ADVICE_ROUND_STATUSES = ['open', 'decided'] as const;
export type AdviceRoundStatus = (typeof ADVICE_ROUND_STATUSES)[number];

export type AdviceInput = {
  kind: AdviceKind;
  amendment?: string | null;
  againstVisionAndValues?: string | null;
  harmToClientsOrStakeholders?: string | null;
  objection?: string | null;
};

export type AdviceProblem =
  | { code: 'GOVERNANCE_AMENDMENT_REQUIRED'; field: 'amendment' }
  | { code: 'GOVERNANCE_OBJECTION_VISION_REQUIRED'; field: 'againstVisionAndValues' }
  | { code: 'GOVERNANCE_OBJECTION_HARM_REQUIRED'; field: 'harmToClientsOrStakeholders' }
  | { code: 'GOVERNANCE_PERSONAL_OBJECTION_REQUIRED'; field: 'objection' };

const filled = (text: string | null | undefined) => (text ?? '').trim().length > 0;

/** What a piece of advice must say for its kind (R14). */
export function checkAdvice(input: AdviceInput): AdviceProblem | null {
  switch (input.kind) {
    case 'positiveWithAmendment':
      return filled(input.amendment) ? null : { code: 'GOVERNANCE_AMENDMENT_REQUIRED', field: 'amendment' };
    case 'principledObjection':
      if (!filled(input.againstVisionAndValues))
        return { code: 'GOVERNANCE_OBJECTION_VISION_REQUIRED', field: 'againstVisionAndValues' };
      if (!filled(input.harmToClientsOrStakeholders))
        return { code: 'GOVERNANCE_OBJECTION_HARM_REQUIRED', field: 'harmToClientsOrStakeholders' };
      return null;
    case 'personalObjection':
      return filled(input.objection)
        ? null
        : { code: 'GOVERNANCE_PERSONAL_OBJECTION_REQUIRED', field: 'objection' };
    default:
      return null;
  }
}

/**
 * Who is asked for advice: the members with a say (chair, lead, member). The secretary and
 * advisory members are not asked, though advice they give anyway is recorded.
 */
export function isAskedForAdvice(role: string): boolean {
  return role === 'chair' || role === 'lead' || role === 'member';
}

export type GivenAdvice = { memberId: string; kind: AdviceKind; objectionStatus: ObjectionStatus | null };

/** Only an open principled objection blocks; a personal objection never does (R14). */
export function isBlocking(advice: Pick<GivenAdvice, 'kind' | 'objectionStatus'>): boolean {
  return advice.kind === 'principledObjection' && advice.objectionStatus === 'open';
}

export type AdviceRoundSummary = Record<AdviceKind, number> & {
  given: number;
  missing: number;
  blocking: number;
  canDecide: boolean;
};

/**
 * The state of a round over the members asked. Missing advice is shown, not blocking: a member
 * who stays silent does not hold the collaboration hostage; only a reasoned objection does.
 */
export function summarizeAdviceRound(
  advices: readonly GivenAdvice[],
  memberIds: readonly string[],
): AdviceRoundSummary {
  const asked = new Set(memberIds);
  const counts = Object.fromEntries(ADVICE_KINDS.map((k) => [k, 0])) as Record<AdviceKind, number>;
  for (const advice of advices) counts[advice.kind] += 1;
  const blocking = advices.filter(isBlocking).length;
  const givenByAsked = new Set(advices.map((a) => a.memberId).filter((id) => asked.has(id)));
  return {
    ...counts,
    given: advices.length,
    missing: asked.size - givenByAsked.size,
    blocking,
    canDecide: blocking === 0,
  };
}

/** New status of a principled objection when it is resolved or withdrawn, or why not. */
export function checkObjectionClosing(
  advice: Pick<GivenAdvice, 'kind' | 'objectionStatus'>,
):
  | { code: 'GOVERNANCE_NOT_A_PRINCIPLED_OBJECTION' }
  | { code: 'GOVERNANCE_OBJECTION_ALREADY_CLOSED' }
  | null {
  if (advice.kind !== 'principledObjection') return { code: 'GOVERNANCE_NOT_A_PRINCIPLED_OBJECTION' };
  if (advice.objectionStatus !== 'open') return { code: 'GOVERNANCE_OBJECTION_ALREADY_CLOSED' };
  return null;
}

export type RoundDecisionProblem =
  | { code: 'GOVERNANCE_ADVICE_ROUND_CLOSED' }
  | { code: 'GOVERNANCE_PRINCIPLED_OBJECTION_BLOCKS'; blocking: number };

/** A round is decided once, and not while a principled objection stands (R14). */
export function checkRoundDecision(
  roundStatus: AdviceRoundStatus,
  advices: readonly Pick<GivenAdvice, 'kind' | 'objectionStatus'>[],
): RoundDecisionProblem | null {
  if (roundStatus !== 'open') return { code: 'GOVERNANCE_ADVICE_ROUND_CLOSED' };
  const blocking = advices.filter(isBlocking).length;
  return blocking > 0 ? { code: 'GOVERNANCE_PRINCIPLED_OBJECTION_BLOCKS', blocking } : null;
}
