// Trajectories of one kind each, on a funding line (003 §5.1):
// R1 short strength-based help lasts at most 4 months; R2 bridging help keeps about one contact
// a month while the family waits; R3 a warm hand-over happens with the family, and when several
// services start they meet with the family; R20 a family moving out is handed over, never dropped;
// R5 family care (gezinszorg) for young families, its hours and first contact in family-care.ts.
import { addDays, addMonths, daysBetween, type IsoDate } from './dates';
import type { Role } from './roles';

export const TRAJECTORY_KINDS = ['shortTerm', 'bridging', 'handover', 'movingOut', 'familyCare'] as const;
export type TrajectoryKind = (typeof TRAJECTORY_KINDS)[number];

export const TRAJECTORY_STATUSES = ['open', 'closed'] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];

export const CLOSE_REASONS = [
  'goalsReached',
  'followUpCareStarted',
  'handedOver',
  'noLongerNeeded',
  'familyStopped',
  'movedOutOfRegion',
  'other',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** Which reasons close which kind. Moving out is never a reason on its own (R20, see checkClosing). */
const REASONS_BY_KIND: Record<TrajectoryKind, readonly CloseReason[]> = {
  shortTerm: ['goalsReached', 'noLongerNeeded', 'familyStopped', 'other'],
  bridging: ['followUpCareStarted', 'noLongerNeeded', 'familyStopped', 'other'],
  handover: ['handedOver', 'familyStopped', 'other'],
  movingOut: ['handedOver'],
  familyCare: ['goalsReached', 'followUpCareStarted', 'noLongerNeeded', 'familyStopped', 'other'],
};

/** R5: family care is paid from its own line; other kinds name no line of their own. */
const LINE_OF_KIND: Partial<Record<TrajectoryKind, string>> = { familyCare: 'familyCare' };

export function closeReasonsFor(kind: TrajectoryKind): readonly CloseReason[] {
  return REASONS_BY_KIND[kind];
}

// ── R1: short strength-based help ─────────────────────────────────────────────────────────
export const SHORT_TERM_MONTHS = 4;

/** The last day of a short trajectory: 4 calendar months on, clamped (31 January → 31 May). */
export function shortTermEndsOn(startedOn: IsoDate): IsoDate {
  return addMonths(startedOn, SHORT_TERM_MONTHS);
}

/** The warning at 3.5 months: three months and fifteen days after the start. */
export function shortTermWarnsOn(startedOn: IsoDate): IsoDate {
  return addDays(addMonths(startedOn, 3), 15);
}

export type Extension = {
  requestedBy: string;
  untilOn: IsoDate;
  acceptedOn: IsoDate | null;
};

export type ShortTermState = 'running' | 'endingSoon' | 'extended' | 'overdue';

export type ShortTermStatus = {
  warnsOn: IsoDate;
  /** The end that applies: the accepted extension's, else 4 months. */
  endsOn: IsoDate;
  state: ShortTermState;
  isExtensionPending: boolean;
};

export function shortTermStatus(input: {
  startedOn: IsoDate;
  today: IsoDate;
  extension: Extension | null;
}): ShortTermStatus {
  const warnsOn = shortTermWarnsOn(input.startedOn);
  const isAccepted = Boolean(input.extension?.acceptedOn);
  const endsOn = isAccepted ? (input.extension as Extension).untilOn : shortTermEndsOn(input.startedOn);
  const isExtensionPending = Boolean(input.extension) && !isAccepted;
  let state: ShortTermState;
  if (input.today > endsOn) state = 'overdue';
  else if (isAccepted) state = 'extended';
  else state = input.today >= warnsOn ? 'endingSoon' : 'running';
  return { warnsOn, endsOn, state, isExtensionPending };
}

export type ExtensionProblem =
  | { code: 'EXTENSION_NOT_FOR_KIND' }
  | { code: 'EXTENSION_NOT_NEEDED'; field: 'untilOn' }
  | { code: 'EXTENSION_TOO_LONG'; field: 'untilOn' }
  | { code: 'EXTENSION_ALREADY_ACCEPTED' }
  | { code: 'EXTENSION_NOT_REQUESTED' }
  | { code: 'EXTENSION_ACCEPTOR_ROLE' }
  | { code: 'EXTENSION_OWN_REQUEST' };

/**
 * R1 keeps the help short: an extension reaches at most a year past the 4 months, so a typo
 * (9999-12-31) cannot leave a trajectory open for ever; a longer need is a new trajectory.
 */
export const MAX_EXTENSION_MONTHS = 12;

/** R1: going past 4 months needs a reason and a new end date past the 4 months, within a year. */
export function checkExtensionRequest(input: {
  kind: TrajectoryKind;
  startedOn: IsoDate;
  untilOn: IsoDate;
  current: Extension | null;
}): ExtensionProblem | null {
  if (input.kind !== 'shortTerm') return { code: 'EXTENSION_NOT_FOR_KIND' };
  if (input.current?.acceptedOn) return { code: 'EXTENSION_ALREADY_ACCEPTED' };
  if (input.untilOn <= shortTermEndsOn(input.startedOn))
    return { code: 'EXTENSION_NOT_NEEDED', field: 'untilOn' };
  if (input.untilOn > addMonths(shortTermEndsOn(input.startedOn), MAX_EXTENSION_MONTHS))
    return { code: 'EXTENSION_TOO_LONG', field: 'untilOn' };
  return null;
}

/**
 * R1: a coach or the coordinator accepts the reason. A coach does not accept their own request
 * (four eyes); the coordinator, who answers for the whole team, may.
 */
export function checkExtensionAcceptance(input: {
  current: Extension | null;
  acceptorId: string;
  acceptorRoles: readonly Role[];
}): ExtensionProblem | null {
  if (!input.current) return { code: 'EXTENSION_NOT_REQUESTED' };
  if (input.current.acceptedOn) return { code: 'EXTENSION_ALREADY_ACCEPTED' };
  const isCoordinator = input.acceptorRoles.includes('coordinator');
  if (!isCoordinator && !input.acceptorRoles.includes('coach')) return { code: 'EXTENSION_ACCEPTOR_ROLE' };
  if (!isCoordinator && input.current.requestedBy === input.acceptorId)
    return { code: 'EXTENSION_OWN_REQUEST' };
  return null;
}

// ── R2: bridging help while waiting ───────────────────────────────────────────────────────
/** R2: about one contact a month; more than 31 days without one is overdue (31 is not, 32 is). */
export const BRIDGING_MAX_DAYS_WITHOUT_CONTACT = 31;

export type BridgingContactStatus = {
  /** The last contact since the bridging started, or null when there was none yet. */
  lastContactOn: IsoDate | null;
  daysWithoutContact: number;
  /** The last day that is still on time: 31 days after the last contact (or the start). */
  dueOn: IsoDate;
  state: 'onTime' | 'dueToday' | 'overdue';
};

/** R2: about one contact a month; more than 31 days without one is overdue (31 is not, 32 is). */
export function bridgingContactStatus(input: {
  startedOn: IsoDate;
  lastContactOn: IsoDate | null;
  today: IsoDate;
}): BridgingContactStatus {
  const last = input.lastContactOn && input.lastContactOn >= input.startedOn ? input.lastContactOn : null;
  const from = last ?? input.startedOn;
  const days = daysBetween(from, input.today);
  const state =
    days > BRIDGING_MAX_DAYS_WITHOUT_CONTACT
      ? 'overdue'
      : days === BRIDGING_MAX_DAYS_WITHOUT_CONTACT
        ? 'dueToday'
        : 'onTime';
  return {
    lastContactOn: last,
    daysWithoutContact: days,
    dueOn: addDays(from, BRIDGING_MAX_DAYS_WITHOUT_CONTACT),
    state,
  };
}

// ── R3, R20: warm hand-over ───────────────────────────────────────────────────────────────
export type Handover = {
  receivingServices: readonly { organisation: string }[];
  conversationOn: IsoDate | null;
  conversationParticipants: readonly string[];
  sharedInformation: string | null;
  coordinationAgreement: string | null;
};

export type HandoverPart =
  | 'receivingService'
  | 'conversation'
  | 'participants'
  | 'sharedInformation'
  | 'coordinationAgreement';

/** What a warm hand-over still misses (R3): whom, the joint conversation, what was shared, how on. */
export function handoverMissing(h: Handover): HandoverPart[] {
  const missing: HandoverPart[] = [];
  if (h.receivingServices.length === 0) missing.push('receivingService');
  if (!h.conversationOn) missing.push('conversation');
  if (h.conversationParticipants.length === 0) missing.push('participants');
  if (!h.sharedInformation?.trim()) missing.push('sharedInformation');
  if (!h.coordinationAgreement?.trim()) missing.push('coordinationAgreement');
  return missing;
}

/** R3: when several services start, coordination meetings with the family are planned. */
export function needsCoordinationMeetings(h: Pick<Handover, 'receivingServices'>): boolean {
  return new Set(h.receivingServices.map((s) => s.organisation.trim().toLowerCase())).size >= 2;
}

// ── Starting and closing ──────────────────────────────────────────────────────────────────
export type StartProblem =
  | { code: 'TRAJECTORY_START_IN_FUTURE'; field: 'startedOn' }
  | { code: 'FAMILY_CARE_LINE_REQUIRED'; field: 'fundingLine' }
  | { code: 'TRAJECTORY_ALREADY_OPEN' };

export function checkStart(input: {
  kind: TrajectoryKind;
  fundingLine: string;
  startedOn: IsoDate;
  today: IsoDate;
  openKinds: readonly TrajectoryKind[];
}): StartProblem | null {
  if (input.startedOn > input.today) return { code: 'TRAJECTORY_START_IN_FUTURE', field: 'startedOn' };
  const line = LINE_OF_KIND[input.kind];
  if (line && input.fundingLine !== line) return { code: 'FAMILY_CARE_LINE_REQUIRED', field: 'fundingLine' };
  if (input.openKinds.includes(input.kind)) return { code: 'TRAJECTORY_ALREADY_OPEN' };
  return null;
}

export type CloseProblem =
  | { code: 'TRAJECTORY_ALREADY_CLOSED' }
  | { code: 'CLOSE_BEFORE_START'; field: 'closedOn' }
  | { code: 'CLOSE_IN_FUTURE'; field: 'closedOn' }
  | { code: 'MOVING_OUT_NEEDS_HANDOVER'; field: 'reason' }
  | { code: 'CLOSE_REASON_NOT_FOR_KIND'; field: 'reason' }
  | { code: 'HANDOVER_INCOMPLETE'; field: 'reason'; missing: HandoverPart[] }
  | { code: 'CLOSING_CONVERSATION_IN_FUTURE'; field: 'closingConversationOn' }
  | { code: 'FAMILY_RATING_REQUIRED'; field: 'familyRating' };

export function checkClosing(input: {
  kind: TrajectoryKind;
  isOpen: boolean;
  startedOn: IsoDate;
  closedOn: IsoDate;
  today: IsoDate;
  reason: CloseReason;
  handover: Handover | null;
  closingConversationOn: IsoDate | null;
  familyRating: number | null;
}): CloseProblem | null {
  if (!input.isOpen) return { code: 'TRAJECTORY_ALREADY_CLOSED' };
  if (input.closedOn < input.startedOn) return { code: 'CLOSE_BEFORE_START', field: 'closedOn' };
  if (input.closedOn > input.today) return { code: 'CLOSE_IN_FUTURE', field: 'closedOn' };
  // R20: moving out ends in a warm hand-over to the new region, through a moving-out trajectory.
  if (input.reason === 'movedOutOfRegion') return { code: 'MOVING_OUT_NEEDS_HANDOVER', field: 'reason' };
  if (!REASONS_BY_KIND[input.kind].includes(input.reason))
    return { code: 'CLOSE_REASON_NOT_FOR_KIND', field: 'reason' };
  if (input.reason === 'handedOver') {
    const missing = input.handover ? handoverMissing(input.handover) : ['receivingService' as const];
    if (missing.length > 0) return { code: 'HANDOVER_INCOMPLETE', field: 'reason', missing };
  }
  if (input.closingConversationOn && input.closingConversationOn > input.today)
    return { code: 'CLOSING_CONVERSATION_IN_FUTURE', field: 'closingConversationOn' };
  // R21: at the closing conversation the family gives its own rating of what the help meant.
  if (input.closingConversationOn && input.familyRating === null)
    return { code: 'FAMILY_RATING_REQUIRED', field: 'familyRating' };
  return null;
}
