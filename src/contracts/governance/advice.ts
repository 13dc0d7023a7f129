// Advice rounds (R14): a proposal, each member's advice, objections and how a round is decided.
import { z } from 'zod';
import { ADVICE_KINDS, ADVICE_ROUND_STATUSES, OBJECTION_STATUSES } from '../../domain/advice';
import { isoDate, optionalText, requiredText } from '../common';
import { decisionDto, decisionFields } from './outcomes';
import { meetingRef, ref } from './shared';

export { ADVICE_KINDS };

const text = requiredText;

export const adviceParams = z.object({ id: z.uuid(), adviceId: z.uuid() });

export const adviceDto = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  kind: z.enum(ADVICE_KINDS),
  amendment: z.string().nullable(),
  againstVisionAndValues: z.string().nullable(),
  harmToClientsOrStakeholders: z.string().nullable(),
  objection: z.string().nullable(),
  followUp: z.string().nullable(),
  objectionStatus: z.enum(OBJECTION_STATUSES).nullable(),
  resolutionNote: z.string().nullable(),
  givenOn: isoDate,
  recordedBy: z.string(),
});
export type AdviceDto = z.infer<typeof adviceDto>;

export const adviceSummaryDto = z.object({
  positive: z.number().int(),
  positiveWithAmendment: z.number().int(),
  principledObjection: z.number().int(),
  personalObjection: z.number().int(),
  given: z.number().int(),
  missing: z.number().int(),
  blocking: z.number().int(),
  canDecide: z.boolean(),
});

export const adviceRoundDto = z.object({
  id: z.uuid(),
  body: ref,
  meeting: meetingRef.nullable(),
  agendaItem: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  title: z.string(),
  proposal: z.string(),
  openedOn: isoDate,
  status: z.enum(ADVICE_ROUND_STATUSES),
  members: z.array(
    z.object({
      memberId: z.uuid(),
      name: z.string(),
      organisationName: z.string().nullable(),
      isMe: z.boolean(),
      advice: adviceDto.nullable(),
    }),
  ),
  summary: adviceSummaryDto,
  decision: decisionDto.nullable(),
});
export type AdviceRoundDto = z.infer<typeof adviceRoundDto>;

export const adviceRoundInput = z
  .object({
    bodyId: z.uuid().optional().nullable(),
    meetingId: z.uuid().optional().nullable(),
    agendaItemId: z.uuid().optional().nullable(),
    title: text(300),
    proposal: text(20_000),
  })
  .refine((v) => v.bodyId || v.meetingId, { message: 'a body or a meeting', path: ['bodyId'] });
export type AdviceRoundInput = z.infer<typeof adviceRoundInput>;

export const adviceBody = z.object({
  kind: z.enum(ADVICE_KINDS),
  amendment: optionalText(10_000),
  againstVisionAndValues: optionalText(10_000),
  harmToClientsOrStakeholders: optionalText(10_000),
  objection: optionalText(10_000),
  followUp: optionalText(10_000),
});
export type AdviceBody = z.infer<typeof adviceBody>;

export const objectionClosingBody = z.object({
  outcome: z.enum(['resolved', 'withdrawn']),
  note: optionalText(5000),
});
export type ObjectionClosingBody = z.infer<typeof objectionClosingBody>;

export const roundDecisionBody = z.object(decisionFields);
export type RoundDecisionBody = z.infer<typeof roundDecisionBody>;
