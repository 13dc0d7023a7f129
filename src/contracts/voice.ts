import { z } from 'zod';
import {
  CORRECTION_FIELDS,
  CORRECTION_STATUSES,
  CORRECTION_SUBJECTS,
  type CorrectionSubject,
  MESSAGE_MAX_LENGTH,
  WORDS_MAX_LENGTH,
  WORDS_SUBJECTS,
} from '../domain/family-voice';
import { INT4_MAX, optionalText, requiredText } from './common';

// R16: the family speaks — its own words, its agreement, corrections it asks for, messages.
// The family's routes live under /api/v1/portal (a family account's own family); the worker's
// under /api/v1/families/:id.

/** A plan item's id (ADR 011: chosen by the client) or a contact's id. */
const subjectId = requiredText(64);

export const wordsBody = z.object({
  subject: z.enum(WORDS_SUBJECTS),
  subjectId,
  text: requiredText(WORDS_MAX_LENGTH),
});
export type WordsBody = z.infer<typeof wordsBody>;
export const editWordsBody = z.object({ text: requiredText(WORDS_MAX_LENGTH) });
export type EditWordsBody = z.infer<typeof editWordsBody>;
export const entryParams = z.object({ entryId: z.uuid() });

export const planResponseBody = z.object({
  /** The version the member read and answers: a newer one asks again. */
  planVersion: z.number().int().min(1).max(INT4_MAX),
  agrees: z.boolean(),
  reason: optionalText(1000),
});
export type PlanResponseBody = z.infer<typeof planResponseBody>;

export const correctionBody = z.object({
  subject: z.enum(CORRECTION_SUBJECTS as [CorrectionSubject, ...CorrectionSubject[]]),
  subjectId,
  /** Which text of the item: needed for a goal (the family's words or the professional wording). */
  field: z.enum(CORRECTION_FIELDS).optional().nullable(),
  reason: requiredText(1000),
  proposedText: optionalText(2000),
});
export type CorrectionBody = z.infer<typeof correctionBody>;

export const answerCorrectionBody = z.object({
  decision: z.enum(['accepted', 'declined']),
  /** Accepted: the text as it now reads (a new plan version, or the note's visible correction). */
  correctedText: optionalText(2000),
  /** Declined: why, in words the family can read. */
  reason: optionalText(1000),
  /** A plan part: the plan version the worker corrects (ADR 011: no silent overwrite). */
  baseVersion: z.number().int().min(1).max(INT4_MAX).optional(),
});
export type AnswerCorrectionBody = z.infer<typeof answerCorrectionBody>;
export const correctionParams = z.object({ id: z.uuid(), correctionId: z.uuid() });

export const messageBody = z.object({ text: requiredText(MESSAGE_MAX_LENGTH) });
export type MessageBody = z.infer<typeof messageBody>;

const moment = z.string();
export const entryDto = z.object({
  id: z.uuid(),
  subject: z.enum(WORDS_SUBJECTS),
  subjectId: z.string(),
  planVersion: z.number().int().nullable(),
  memberId: z.uuid(),
  author: z.string(),
  /** What the entry is about as it reads now (the goal, the evaluation's note, the contact note). */
  about: z.string().nullable(),
  text: z.string(),
  createdAt: moment,
  withdrawnAt: moment.nullable(),
  /** Earlier wordings of this entry, oldest first: an edit never erases what was said. */
  history: z.array(z.object({ text: z.string(), createdAt: moment })),
  isNew: z.boolean(),
});
export type EntryDto = z.infer<typeof entryDto>;

export const planResponseDto = z.object({
  memberId: z.uuid(),
  member: z.string(),
  planVersion: z.number().int(),
  agrees: z.boolean(),
  reason: z.string().nullable(),
  createdAt: moment,
  isNew: z.boolean(),
});
export type PlanResponseDto = z.infer<typeof planResponseDto>;

export const correctionDto = z.object({
  id: z.uuid(),
  subject: z.enum(CORRECTION_SUBJECTS as [CorrectionSubject, ...CorrectionSubject[]]),
  subjectId: z.string(),
  field: z.enum(CORRECTION_FIELDS),
  planVersion: z.number().int().nullable(),
  memberId: z.uuid(),
  member: z.string(),
  /** The item as it reads now (a goal's words); null when it is gone from the plan. */
  about: z.string().nullable(),
  originalText: z.string().nullable(),
  reason: z.string(),
  proposedText: z.string().nullable(),
  createdAt: moment,
  status: z.enum(CORRECTION_STATUSES),
  answer: z
    .object({
      by: z.string(),
      at: moment,
      reason: z.string().nullable(),
      correctedText: z.string().nullable(),
      correctedInVersion: z.number().int().nullable(),
    })
    .nullable(),
});
export type CorrectionDto = z.infer<typeof correctionDto>;

export const familyMessageDto = z.object({
  id: z.uuid(),
  from: z.enum(['family', 'worker']),
  memberId: z.uuid().nullable(),
  author: z.string(),
  text: z.string(),
  createdAt: moment,
  readAt: moment.nullable(),
});
export type FamilyMessageDto = z.infer<typeof familyMessageDto>;

/** Everything the family said and what was answered: the worker's view and the portal's alike. */
export const familyVoiceDto = z.object({
  familyId: z.uuid(),
  /** The plan's current version: what an accepted correction is saved on top of. */
  currentPlanVersion: z.number().int().nullable(),
  entries: z.array(entryDto),
  responses: z.array(planResponseDto),
  corrections: z.array(correctionDto),
  messages: z.array(familyMessageDto),
});
export type FamilyVoiceDto = z.infer<typeof familyVoiceDto>;

/** The portal's view adds who is signed in and whether the current plan waits for their answer. */
export const portalVoiceDto = familyVoiceDto.extend({
  memberId: z.uuid(),
  /** What the family may speak about: the current plan's items and the notes it may read (R28). */
  subjects: z.array(
    z.object({
      subject: z.enum(CORRECTION_SUBJECTS as [CorrectionSubject, ...CorrectionSubject[]]),
      subjectId: z.string(),
      label: z.string(),
      on: z.string().nullable(),
    }),
  ),
  agreementAsked: z.boolean(),
});
export type PortalVoiceDto = z.infer<typeof portalVoiceDto>;

/** "My week" (ADR 012): per family I am assigned to, what the family said that waits for me. */
export const voiceWeekDto = z.object({
  families: z.array(
    z.object({
      familyId: z.uuid(),
      familyLabel: z.string().nullable(),
      newAdditions: z.number().int(),
      openCorrections: z.number().int(),
      unreadMessages: z.number().int(),
    }),
  ),
});
export type VoiceWeekDto = z.infer<typeof voiceWeekDto>;
