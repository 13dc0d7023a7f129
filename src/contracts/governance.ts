// Governance (R14, R15, R22): bodies, meetings, advice rounds, decisions, to-dos, minutes,
// engagement declarations and frozen figures. Shared by the server routes and the web forms.
import { z } from 'zod';
import { ADVICE_KINDS, ADVICE_ROUND_STATUSES, OBJECTION_STATUSES } from '../domain/advice';
import {
  AGENDA_ITEM_OUTCOMES,
  ATTENDANCE_STATUSES,
  BODY_KINDS,
  BODY_MEMBER_ROLES,
  PREVIOUS_MINUTES_APPROVALS,
} from '../domain/meetings';
import { TODO_STATUSES } from '../domain/todos';
import { figureDate, isoDate, optionalText, requiredText, token } from './common';
import { figuresResponse } from './reports';

export {
  ADVICE_KINDS,
  AGENDA_ITEM_OUTCOMES,
  ATTENDANCE_STATUSES,
  BODY_KINDS,
  BODY_MEMBER_ROLES,
  PREVIOUS_MINUTES_APPROVALS,
  TODO_STATUSES,
};
export const AGREEMENT_KINDS = ['engagementDeclaration', 'collaborationAgreement'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const MEETING_PHASES = ['draft', 'invited', 'toMinute', 'minutesShared'] as const;
export const TODO_STATES = ['open', 'dueSoon', 'overdue', 'done'] as const;
export const EVALUATION_STATES = ['none', 'later', 'upcoming', 'due', 'evaluated'] as const;

const text = requiredText;
/** "14:00" on the Brussels clock. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time looks like 14:00');

export const governanceIdParams = z.object({ id: z.uuid() });
export const memberParams = z.object({ id: z.uuid(), memberId: z.uuid() });
export const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
export const adviceParams = z.object({ id: z.uuid(), adviceId: z.uuid() });

const ref = z.object({ id: z.uuid(), name: z.string() });
const meetingRef = z.object({ id: z.uuid(), date: isoDate });

// ── People and bodies ────────────────────────────────────────────────────────────────────────
export const personDto = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  organisation: ref.nullable(),
});
export type PersonDto = z.infer<typeof personDto>;

export const bodyInput = z.object({
  kind: z.enum(BODY_KINDS),
  name: text(200),
  /** How the minutes name it in "Reactie SG:". */
  abbreviation: optionalText(20),
  description: optionalText(2000),
  isActive: z.boolean().optional(),
});
export type BodyInput = z.infer<typeof bodyInput>;

export const bodyMemberInput = z.object({
  /** The member's eenplan account, so that they see this body when they log in. */
  userId: z.uuid().optional().nullable(),
  name: text(200),
  organisationId: z.uuid().optional().nullable(),
  /** An organisation outside the collaboration's list (e.g. the funding agency). */
  organisationName: optionalText(200),
  role: z.enum(BODY_MEMBER_ROLES),
  from: isoDate,
  to: isoDate.optional().nullable(),
  deputyName: optionalText(200),
  deputyUserId: z.uuid().optional().nullable(),
});
export type BodyMemberInput = z.infer<typeof bodyMemberInput>;

export const bodyMemberDto = z.object({
  id: z.uuid(),
  userId: z.uuid().nullable(),
  name: z.string(),
  organisation: z.object({ id: z.uuid().nullable(), name: z.string() }).nullable(),
  role: z.enum(BODY_MEMBER_ROLES),
  from: isoDate,
  to: isoDate.nullable(),
  deputy: z.object({ name: z.string(), userId: z.uuid().nullable() }).nullable(),
  isCurrent: z.boolean(),
});
export type BodyMemberDto = z.infer<typeof bodyMemberDto>;

export const bodySummaryDto = z.object({
  id: z.uuid(),
  kind: z.enum(BODY_KINDS),
  name: z.string(),
  abbreviation: z.string().nullable(),
  description: z.string().nullable(),
  isActive: z.boolean(),
  memberCount: z.number().int(),
  /** The working group's lead ("trekker"), the chair otherwise. */
  lead: z.object({ name: z.string(), role: z.enum(BODY_MEMBER_ROLES) }).nullable(),
  nextMeeting: meetingRef.nullable(),
  isMember: z.boolean(),
});
export type BodySummaryDto = z.infer<typeof bodySummaryDto>;

export const bodyDto = bodySummaryDto.extend({ members: z.array(bodyMemberDto) });
export type BodyDto = z.infer<typeof bodyDto>;

// ── Meetings ─────────────────────────────────────────────────────────────────────────────────
export const agendaItemInput = z.object({
  title: text(300),
  presenter: optionalText(200),
  durationMinutes: z.number().int().min(1).max(600).optional().nullable(),
});
export type AgendaItemInput = z.infer<typeof agendaItemInput>;

const meetingFields = {
  title: optionalText(200),
  date: isoDate,
  startTime: clockTime.optional().nullable(),
  endTime: clockTime.optional().nullable(),
  location: optionalText(300),
  onlineLink: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional()
    .nullable(),
};

export const meetingInput = z.object({
  bodyId: z.uuid(),
  ...meetingFields,
  agenda: z.array(agendaItemInput).max(40).optional(),
});
export type MeetingInput = z.infer<typeof meetingInput>;

export const meetingUpdate = z.object(meetingFields);
export type MeetingUpdate = z.infer<typeof meetingUpdate>;

export const agendaItemUpdate = agendaItemInput.partial().extend({
  /** Index in the agenda (0 = first item after the previous minutes). */
  position: z.number().int().min(0).max(100).optional(),
  notes: optionalText(20_000),
  /** "Reactie SG": one reaction per entry. */
  reactions: z.array(text(2000)).max(50).optional(),
  outcome: z.enum(AGENDA_ITEM_OUTCOMES).optional(),
});
export type AgendaItemUpdate = z.infer<typeof agendaItemUpdate>;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const attachmentUpload = z.object({
  fileName: text(200),
  contentType: token(200).optional().nullable(),
  /** The file, base64-encoded; at most 10 MB once decoded. */
  dataBase64: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4),
});
export type AttachmentUpload = z.infer<typeof attachmentUpload>;

export const documentDto = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
});
export type DocumentDto = z.infer<typeof documentDto>;

export const attendanceEntryInput = z.object({
  memberId: z.uuid().optional().nullable(),
  /** A guest's name (someone who is not a member, e.g. a speaker). */
  name: optionalText(200),
  organisationName: optionalText(200),
  status: z.enum(ATTENDANCE_STATUSES),
  /** "tvv": who came in the member's place. */
  representedByName: optionalText(200),
});
export const attendanceBody = z.object({ entries: z.array(attendanceEntryInput).max(200) });
export type AttendanceBody = z.infer<typeof attendanceBody>;

export const attendanceDto = z.object({
  memberId: z.uuid().nullable(),
  name: z.string(),
  organisationName: z.string().nullable(),
  role: z.enum(BODY_MEMBER_ROLES).nullable(),
  status: z.enum(ATTENDANCE_STATUSES),
  representedByName: z.string().nullable(),
});
export type AttendanceDto = z.infer<typeof attendanceDto>;

export const previousMinutesBody = z.object({
  approval: z.enum(PREVIOUS_MINUTES_APPROVALS),
  corrections: optionalText(10_000),
  /** "Opvolging": what else was said about the previous minutes. */
  followUpNotes: optionalText(20_000),
});
export type PreviousMinutesBody = z.infer<typeof previousMinutesBody>;

export const todoDto = z.object({
  id: z.uuid(),
  body: ref,
  meeting: meetingRef.nullable(),
  agendaItem: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  text: z.string(),
  ownerName: z.string(),
  /** Issue 12: the person or partner organisation that owns it, when one was chosen. */
  ownerUserId: z.uuid().nullable(),
  ownerOrganisationId: z.uuid().nullable(),
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

export const figureSnapshotDto = z.object({
  id: z.uuid(),
  from: isoDate,
  to: isoDate,
  fundingLine: z.string().nullable(),
  frozenAt: z.string(),
  frozenBy: z.string(),
  /** Files still missing data when the figures were frozen anyway (R22). */
  incompleteCount: z.number().int(),
  note: z.string().nullable(),
  figures: figuresResponse,
});
export type FigureSnapshotDto = z.infer<typeof figureSnapshotDto>;

export const agendaItemDto = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  presenter: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  startsAt: z.string().nullable(),
  carriedFrom: meetingRef.nullable(),
  attachments: z.array(documentDto),
  /** Minutes of the item: null for members until the minutes are shared. */
  outcome: z.enum(AGENDA_ITEM_OUTCOMES).nullable(),
  notes: z.string().nullable(),
  reactions: z.array(z.string()).nullable(),
});
export type AgendaItemDto = z.infer<typeof agendaItemDto>;

export const meetingSummaryDto = z.object({
  id: z.uuid(),
  body: ref.extend({ kind: z.enum(BODY_KINDS), abbreviation: z.string().nullable() }),
  title: z.string().nullable(),
  date: isoDate,
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  location: z.string().nullable(),
  onlineLink: z.string().nullable(),
  phase: z.enum(MEETING_PHASES),
  invitedAt: z.string().nullable(),
  minutesSharedAt: z.string().nullable(),
  agendaCount: z.number().int(),
});
export type MeetingSummaryDto = z.infer<typeof meetingSummaryDto>;

export const meetingDto = meetingSummaryDto.extend({
  previousMeeting: meetingRef.nullable(),
  nextMeeting: meetingRef.nullable(),
  agenda: z.array(agendaItemDto),
  /** R15: the to-dos this meeting follows up under item 1. */
  followUpTodos: z.array(todoDto),
  decisions: z.array(decisionDto),
  todos: z.array(todoDto),
  adviceRounds: z.array(adviceRoundDto),
  figures: z.array(figureSnapshotDto),
  /** Attendance and the approval of the previous minutes; null for members until shared. */
  minutes: z
    .object({
      attendance: z.array(attendanceDto),
      previousMinutes: previousMinutesBody
        .extend({ corrections: z.string().nullable(), followUpNotes: z.string().nullable() })
        .nullable(),
    })
    .nullable(),
  canManage: z.boolean(),
});
export type MeetingDto = z.infer<typeof meetingDto>;

export const meetingsQuery = z.object({
  bodyId: z.uuid().optional(),
  when: z.enum(['upcoming', 'past']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type MeetingsQuery = z.infer<typeof meetingsQuery>;

// ── Advice rounds (R14) ──────────────────────────────────────────────────────────────────────
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

const decisionFields = {
  text: text(20_000),
  decidedOn: isoDate.optional(),
  evaluateOn: isoDate.optional().nullable(),
  evaluationLabel: optionalText(200),
};

export const roundDecisionBody = z.object(decisionFields);
export type RoundDecisionBody = z.infer<typeof roundDecisionBody>;

// ── Decisions and to-dos ─────────────────────────────────────────────────────────────────────
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

/** Issue 12: a to-do's owner may be a person or a partner organisation (then its name is theirs). */
const todoOwner = {
  ownerUserId: z.uuid().optional().nullable(),
  ownerOrganisationId: z.uuid().optional().nullable(),
};

export const todoInput = z
  .object({
    bodyId: z.uuid().optional().nullable(),
    meetingId: z.uuid().optional().nullable(),
    agendaItemId: z.uuid().optional().nullable(),
    text: text(2000),
    /** A name ("the lead partner"); optional when a person or partner organisation owns it. */
    ownerName: text(200).optional(),
    ...todoOwner,
    dueOn: isoDate.optional().nullable(),
  })
  .refine((v) => v.bodyId || v.meetingId, { message: 'a body or a meeting', path: ['bodyId'] })
  .refine((v) => !(v.ownerUserId && v.ownerOrganisationId), {
    message: 'a person or an organisation',
    path: ['ownerOrganisationId'],
  });
export type TodoInput = z.infer<typeof todoInput>;

export const todoUpdate = z.object({
  text: text(2000).optional(),
  ownerName: text(200).optional(),
  ...todoOwner,
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

// ── Figures for a steering-group meeting (R22) ───────────────────────────────────────────────
export const completenessQuery = z.object({
  from: figureDate,
  to: figureDate,
  fundingLine: token(50).optional(),
});
export type CompletenessQuery = z.infer<typeof completenessQuery>;

export const completenessResponse = z.object({
  from: isoDate,
  to: isoDate,
  incomplete: z.array(
    z.object({
      reference: z.string(),
      receivedOn: isoDate,
      missing: z.array(z.enum(['decision', 'perspectiveConversation'])),
    }),
  ),
});
export type CompletenessResponse = z.infer<typeof completenessResponse>;

export const freezeFiguresBody = z.object({
  from: figureDate,
  to: figureDate,
  fundingLine: token(50).optional().nullable(),
  /** Freeze although files still miss data; the snapshot then says how many. */
  acceptIncomplete: z.boolean().optional(),
  note: optionalText(2000),
});
export type FreezeFiguresBody = z.infer<typeof freezeFiguresBody>;
