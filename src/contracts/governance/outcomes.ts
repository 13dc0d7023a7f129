// What governance produces (R14, R15, R23): decisions with their evaluation, to-dos carried from
// meeting to meeting, and the engagement declarations and collaboration agreements partners sign.
import { z } from 'zod';
import { TODO_STATUSES } from '../../domain/todos';
import { isoDate, optionalText, requiredText, token } from '../common';
import { meetingRef, ref } from './shared';

export { TODO_STATUSES };
export const AGREEMENT_KINDS = ['engagementDeclaration', 'collaborationAgreement'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const TODO_STATES = ['open', 'dueSoon', 'overdue', 'done'] as const;
export const EVALUATION_STATES = ['none', 'later', 'upcoming', 'due', 'evaluated'] as const;

const text = requiredText;

export const todoDto = z.object({
  id: z.uuid(),
  body: ref,
  meeting: meetingRef.nullable(),
  agendaItem: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  text: z.string(),
  ownerName: z.string(),
  dueOn: isoDate.nullable(),
  createdOn: isoDate,
  status: z.enum(TODO_STATUSES),
  state: z.enum(TODO_STATES),
  doneOn: isoDate.nullable(),
  doneNote: z.string().nullable(),
});
export type TodoDto = z.infer<typeof todoDto>;

export const decisionDto = z.object({
  id: z.uuid(),
  body: ref,
  meeting: meetingRef.nullable(),
  agendaItem: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  adviceRoundId: z.uuid().nullable(),
  text: z.string(),
  decidedOn: isoDate,
  evaluateOn: isoDate.nullable(),
  /** As the minutes say it: "na twee werkjaren". */
  evaluationLabel: z.string().nullable(),
  evaluatedOn: isoDate.nullable(),
  evaluationNote: z.string().nullable(),
  evaluationState: z.enum(EVALUATION_STATES),
});
export type DecisionDto = z.infer<typeof decisionDto>;

/** What a decision says; an advice round is decided with the same fields. */
export const decisionFields = {
  text: text(20_000),
  decidedOn: isoDate.optional(),
  evaluateOn: isoDate.optional().nullable(),
  evaluationLabel: optionalText(200),
};

export const decisionInput = z
  .object({
    bodyId: z.uuid().optional().nullable(),
    meetingId: z.uuid().optional().nullable(),
    agendaItemId: z.uuid().optional().nullable(),
    ...decisionFields,
  })
  .refine((v) => v.bodyId || v.meetingId, { message: 'a body or a meeting', path: ['bodyId'] });
export type DecisionInput = z.infer<typeof decisionInput>;

export const decisionUpdate = z.object({
  text: text(20_000).optional(),
  evaluateOn: isoDate.optional().nullable(),
  evaluationLabel: optionalText(200),
  evaluatedOn: isoDate.optional().nullable(),
  evaluationNote: optionalText(10_000),
});
export type DecisionUpdate = z.infer<typeof decisionUpdate>;

export const decisionsQuery = z.object({
  bodyId: z.uuid().optional(),
  evaluation: z.enum(['dueOrUpcoming']).optional(),
});
export type DecisionsQuery = z.infer<typeof decisionsQuery>;

export const todoInput = z
  .object({
    bodyId: z.uuid().optional().nullable(),
    meetingId: z.uuid().optional().nullable(),
    agendaItemId: z.uuid().optional().nullable(),
    text: text(2000),
    ownerName: text(200),
    dueOn: isoDate.optional().nullable(),
  })
  .refine((v) => v.bodyId || v.meetingId, { message: 'a body or a meeting', path: ['bodyId'] });
export type TodoInput = z.infer<typeof todoInput>;

export const todoUpdate = z.object({
  text: text(2000).optional(),
  ownerName: text(200).optional(),
  dueOn: isoDate.optional().nullable(),
  status: z.enum(TODO_STATUSES).optional(),
  doneOn: isoDate.optional().nullable(),
  doneNote: optionalText(5000),
});
export type TodoUpdate = z.infer<typeof todoUpdate>;

export const todosQuery = z.object({
  bodyId: z.uuid().optional(),
  status: z.enum(['open', 'overdue', 'done']).optional(),
  owner: token(200).optional(),
});
export type TodosQuery = z.infer<typeof todosQuery>;

export const todoListResponse = z.object({
  items: z.array(todoDto),
  summary: z.object({
    open: z.number().int(),
    overdue: z.number().int(),
    done: z.number().int(),
    byOwner: z.array(z.object({ owner: z.string(), open: z.number().int(), overdue: z.number().int() })),
  }),
});
export type TodoListResponse = z.infer<typeof todoListResponse>;

// ── Engagement declarations and collaboration agreements (R23, R24) ──────────────────────────
export const agreementInput = z.object({
  kind: z.enum(AGREEMENT_KINDS),
  version: text(50),
  title: text(300),
  validFrom: isoDate,
  /** What an employer commits to, one commitment per entry. */
  commitments: z.array(text(2000)).min(1).max(50),
});
export type AgreementInput = z.infer<typeof agreementInput>;

export const signatureInput = z.object({
  organisationId: z.uuid(),
  signedOn: isoDate,
  signedByName: text(200),
  signedByRole: optionalText(200),
  note: optionalText(2000),
});
export type SignatureInput = z.infer<typeof signatureInput>;

export const agreementDto = z.object({
  id: z.uuid(),
  kind: z.enum(AGREEMENT_KINDS),
  version: z.string(),
  title: z.string(),
  validFrom: isoDate,
  commitments: z.array(z.string()),
  isCurrent: z.boolean(),
  signatures: z.array(
    z.object({
      id: z.uuid(),
      organisation: ref,
      signedOn: isoDate,
      signedByName: z.string(),
      signedByRole: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  /** Partner organisations that have not signed this version. */
  notSigned: z.array(ref),
});
export type AgreementDto = z.infer<typeof agreementDto>;
