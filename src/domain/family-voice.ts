// R16: the family speaks about what is written about it — its own words beside a goal, an
// evaluation or a contact note, its agreement (or not) to a plan version, a correction it asks
// for, a short message to its worker. These rules are the family's side of the file: what it may
// speak about, which of its entries it may still change, and what answers a correction.
import type { PlanContent } from './family-plan';

/** What a family member may add its own words to ("wat wij ervan vinden"). */
export const WORDS_SUBJECTS = ['goal', 'evaluation', 'contact'] as const;
export type WordsSubject = (typeof WORDS_SUBJECTS)[number];

/**
 * What a family may ask to correct, and which written field of it. A contact's note is the
 * worker's; a plan part's text is whichever field the family points at.
 */
export const CORRECTABLE_FIELDS = {
  goal: ['familyWords', 'professionalWording'],
  strength: ['text'],
  worry: ['text'],
  action: ['description'],
  evaluation: ['note'],
  contact: ['note'],
} as const;
export type CorrectionSubject = keyof typeof CORRECTABLE_FIELDS;
export const CORRECTION_SUBJECTS = Object.keys(CORRECTABLE_FIELDS) as CorrectionSubject[];
export const CORRECTION_FIELDS = [
  'familyWords',
  'professionalWording',
  'text',
  'description',
  'note',
] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

export const CORRECTION_STATUSES = ['open', 'accepted', 'declined'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

/** Plain and short, in the family's words: no attachments, no essays (issue 13, point 3). */
export const MESSAGE_MAX_LENGTH = 2000;
export const WORDS_MAX_LENGTH = 2000;

export type VoiceProblem = { code: string; field: string };

/** The field of a subject the correction is about: the one named, or the subject's only one. */
export function correctionFieldOf(
  subject: CorrectionSubject,
  field: CorrectionField | null | undefined,
): CorrectionField | null {
  const allowed: readonly CorrectionField[] = CORRECTABLE_FIELDS[subject];
  if (!field) return allowed.length === 1 ? (allowed[0] as CorrectionField) : null;
  return allowed.includes(field) ? field : null;
}

const SECTION_OF = {
  goal: 'goals',
  strength: 'strengths',
  worry: 'worries',
  action: 'actions',
  evaluation: 'evaluations',
} as const;
export type PlanSubject = keyof typeof SECTION_OF;
export const isPlanSubject = (subject: string): subject is PlanSubject => subject in SECTION_OF;

/**
 * The text of a plan item's field: `undefined` when the plan has no such item, `null` when the
 * item has no text there (an evaluation without a note).
 */
export function planItemText(
  content: PlanContent,
  subject: PlanSubject,
  itemId: string,
  field: CorrectionField,
): string | null | undefined {
  const items = content[SECTION_OF[subject]] as readonly Record<string, unknown>[];
  const item = items.find((i) => i.id === itemId);
  if (!item) return undefined;
  const value = item[field];
  return typeof value === 'string' ? value : null;
}

/**
 * The plan with one item's field corrected: the worker's accepted correction becomes the next
 * version (ADR 011) — the version asked about stays as it was.
 */
export function applyCorrection(
  content: PlanContent,
  subject: PlanSubject,
  itemId: string,
  field: CorrectionField,
  text: string,
): PlanContent {
  const section = SECTION_OF[subject];
  const items = content[section] as readonly Record<string, unknown>[];
  return {
    ...content,
    [section]: items.map((item) => (item.id === itemId ? { ...item, [field]: text } : item)),
  };
}

/** An entry of the family's own words as far as changing it is concerned. */
export type EntryState = { memberId: string; supersededAt: Date | null; withdrawnAt: Date | null };

/**
 * A member edits or withdraws only their own entry, and only its latest state: an entry edited
 * or withdrawn meanwhile (on another phone, by the same member) is a stale change.
 */
export function entryChangeProblem(entry: EntryState, memberId: string): 'notYours' | 'changed' | null {
  if (entry.memberId !== memberId) return 'notYours';
  if (entry.supersededAt || entry.withdrawnAt) return 'changed';
  return null;
}

export type CorrectionAnswer =
  | { decision: 'accepted'; correctedText?: string | null; reason?: string | null }
  | { decision: 'declined'; reason?: string | null; correctedText?: string | null };

/**
 * A correction is answered once: accepted with the corrected text (which becomes a new plan
 * version or a visible correction of the note — never a silent edit), or declined with a reason
 * the family can read.
 */
export function correctionAnswerProblem(
  status: CorrectionStatus,
  answer: CorrectionAnswer,
): VoiceProblem | null {
  if (status !== 'open') return { code: 'CORRECTION_ALREADY_ANSWERED', field: 'decision' };
  if (answer.decision === 'declined' && !answer.reason?.trim())
    return { code: 'CORRECTION_DECLINE_REASON_REQUIRED', field: 'reason' };
  if (answer.decision === 'accepted' && !answer.correctedText?.trim())
    return { code: 'CORRECTION_TEXT_REQUIRED', field: 'correctedText' };
  return null;
}

/** R16: each member's answer to a version; a new version asks everyone again. */
export type PlanResponse = { memberId: string; planVersion: number; agrees: boolean };

/** Whether the member still has to answer the current version (a new version asks again). */
export function isAgreementAsked(
  currentVersion: number | null,
  responses: readonly PlanResponse[],
  memberId: string,
) {
  if (currentVersion === null) return false;
  return !responses.some((r) => r.memberId === memberId && r.planVersion === currentVersion);
}

/** The words that name a subject to a reader: a goal's family words, a note's text. */
export const MAIN_FIELD_OF: Record<CorrectionSubject, CorrectionField> = {
  goal: 'familyWords',
  strength: 'text',
  worry: 'text',
  action: 'description',
  evaluation: 'note',
  contact: 'note',
};

/** The plan's items a family can speak about, each named by its own words. */
export function subjectsOfPlan(content: PlanContent) {
  const of = (subject: PlanSubject, items: readonly { id: string }[], on?: (i: never) => string | null) =>
    items.map((item) => ({
      subject,
      subjectId: item.id,
      label: planItemText(content, subject, item.id, MAIN_FIELD_OF[subject]) ?? '',
      on: on ? on(item as never) : null,
    }));
  return [
    ...of('goal', content.goals),
    ...of('strength', content.strengths),
    ...of('worry', content.worries),
    ...of('action', content.actions),
    ...of('evaluation', content.evaluations, (e: { on: string }) => e.on),
  ];
}
