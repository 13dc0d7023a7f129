// Meetings of bodies (R15, R22): agenda, attachments, attendance, minutes and the figures frozen
// for a steering-group meeting. A meeting shows the outcomes and advice rounds of its agenda.
import { z } from 'zod';
import {
  AGENDA_ITEM_OUTCOMES,
  ATTENDANCE_STATUSES,
  BODY_KINDS,
  BODY_MEMBER_ROLES,
  PREVIOUS_MINUTES_APPROVALS,
} from '../../domain/meetings';
import { figureDate, isoDate, optionalText, requiredText, token } from '../common';
import { figuresResponse } from '../reports';
import { adviceRoundDto } from './advice';
import { decisionDto, todoDto } from './outcomes';
import { meetingRef, ref } from './shared';

export { AGENDA_ITEM_OUTCOMES, ATTENDANCE_STATUSES, PREVIOUS_MINUTES_APPROVALS };
export const MEETING_PHASES = ['draft', 'invited', 'toMinute', 'minutesShared'] as const;

const text = requiredText;
/** "14:00" on the Brussels clock. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time looks like 14:00');

export const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

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
