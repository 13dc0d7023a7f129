// Governance tables (R14, R15, R22). Names carry a governance_ prefix: "documents" or
// "decisions" would otherwise be claimed by the first module that needs the word.
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AgreementKind } from '../../../contracts/governance/outcomes';
import type { FiguresResponse } from '../../../contracts/reports';
import type { AdviceKind, AdviceRoundStatus, ObjectionStatus } from '../../../domain/advice';
import type {
  AgendaItemOutcome,
  AttendanceStatus,
  BodyKind,
  BodyMemberRole,
  PreviousMinutesApproval,
} from '../../../domain/meetings';
import type { TodoStatus } from '../../../domain/todos';
import { users } from '../identity/identity.schema';
import { collaborations, organisations } from '../network/network.schema';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

const tenant = () =>
  uuid()
    .notNull()
    .references(() => collaborations.id);
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

export const governanceBodies = pgTable(
  'governance_bodies',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    kind: text().$type<BodyKind>().notNull(),
    name: text().notNull(),
    abbreviation: text(),
    description: text(),
    isActive: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.collaborationId)],
);

export const governanceBodyMembers = pgTable(
  'governance_body_members',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    bodyId: uuid()
      .notNull()
      .references(() => governanceBodies.id),
    /** The member's account: what lets them see this body's meetings when they log in. */
    userId: uuid().references(() => users.id),
    name: text().notNull(),
    organisationId: uuid().references(() => organisations.id),
    organisationName: text(),
    role: text().$type<BodyMemberRole>().notNull(),
    fromDate: date().notNull(),
    toDate: date(),
    deputyName: text(),
    deputyUserId: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.bodyId), index().on(t.collaborationId, t.userId), index().on(t.deputyUserId)],
);

export const governanceMeetings = pgTable(
  'governance_meetings',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    bodyId: uuid()
      .notNull()
      .references(() => governanceBodies.id),
    title: text(),
    date: date().notNull(),
    startTime: text(),
    endTime: text(),
    location: text(),
    onlineLink: text(),
    /** Bumped on every change of date, time or place: calendars replace the older invitation. */
    sequence: integer().notNull().default(0),
    invitedAt: timestamp({ withTimezone: true }),
    minutesSharedAt: timestamp({ withTimezone: true }),
    previousMinutesApproval: text().$type<PreviousMinutesApproval>(),
    previousMinutesCorrections: text(),
    previousMinutesFollowUp: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.collaborationId, t.date), index().on(t.bodyId, t.date)],
);

export const governanceAgendaItems = pgTable(
  'governance_agenda_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    meetingId: uuid()
      .notNull()
      .references(() => governanceMeetings.id),
    position: integer().notNull(),
    title: text().notNull(),
    presenter: text(),
    durationMinutes: integer(),
    /** R15: the item of an earlier meeting this one carries over ("not reached for lack of time"). */
    carriedFromItemId: uuid(),
    outcome: text().$type<AgendaItemOutcome>().notNull().default('planned'),
    notes: text(),
    reactions: text().array().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.meetingId), index().on(t.carriedFromItemId)],
);

export const governanceDocuments = pgTable(
  'governance_documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    meetingId: uuid()
      .notNull()
      .references(() => governanceMeetings.id),
    agendaItemId: uuid().references(() => governanceAgendaItems.id),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    content: bytea().notNull(),
    uploadedBy: text().notNull(),
    uploadedAt: createdAt(),
  },
  (t) => [index().on(t.meetingId)],
);

export const governanceAttendance = pgTable(
  'governance_attendance',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    meetingId: uuid()
      .notNull()
      .references(() => governanceMeetings.id),
    memberId: uuid().references(() => governanceBodyMembers.id),
    /** The name and organisation as they were on the day: minutes do not change afterwards. */
    name: text().notNull(),
    organisationName: text(),
    role: text().$type<BodyMemberRole>(),
    status: text().$type<AttendanceStatus>().notNull(),
    representedByName: text(),
    position: integer().notNull(),
  },
  (t) => [index().on(t.meetingId)],
);

export const governanceAdviceRounds = pgTable(
  'governance_advice_rounds',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    bodyId: uuid()
      .notNull()
      .references(() => governanceBodies.id),
    meetingId: uuid().references(() => governanceMeetings.id),
    agendaItemId: uuid().references(() => governanceAgendaItems.id),
    title: text().notNull(),
    proposal: text().notNull(),
    openedOn: date().notNull(),
    status: text().$type<AdviceRoundStatus>().notNull().default('open'),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.bodyId), index().on(t.meetingId)],
);

export const governanceAdvices = pgTable(
  'governance_advices',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    roundId: uuid()
      .notNull()
      .references(() => governanceAdviceRounds.id),
    memberId: uuid()
      .notNull()
      .references(() => governanceBodyMembers.id),
    kind: text().$type<AdviceKind>().notNull(),
    amendment: text(),
    againstVisionAndValues: text(),
    harmToClientsOrStakeholders: text(),
    objection: text(),
    followUp: text(),
    /** R14: open until resolved or withdrawn; only for a principled objection. */
    objectionStatus: text().$type<ObjectionStatus>(),
    resolutionNote: text(),
    givenOn: date().notNull(),
    recordedBy: text().notNull(),
    updatedAt: createdAt(),
  },
  (t) => [unique().on(t.roundId, t.memberId)],
);

export const governanceDecisions = pgTable(
  'governance_decisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    bodyId: uuid()
      .notNull()
      .references(() => governanceBodies.id),
    meetingId: uuid().references(() => governanceMeetings.id),
    agendaItemId: uuid().references(() => governanceAgendaItems.id),
    adviceRoundId: uuid()
      .unique()
      .references(() => governanceAdviceRounds.id),
    text: text().notNull(),
    decidedOn: date().notNull(),
    evaluateOn: date(),
    evaluationLabel: text(),
    evaluatedOn: date(),
    evaluationNote: text(),
    recordedBy: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.collaborationId, t.evaluateOn), index().on(t.meetingId)],
);

export const governanceTodos = pgTable(
  'governance_todos',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    bodyId: uuid()
      .notNull()
      .references(() => governanceBodies.id),
    meetingId: uuid().references(() => governanceMeetings.id),
    agendaItemId: uuid().references(() => governanceAgendaItems.id),
    text: text().notNull(),
    ownerName: text().notNull(),
    dueOn: date(),
    createdOn: date().notNull(),
    status: text().$type<TodoStatus>().notNull().default('open'),
    doneOn: date(),
    doneNote: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.collaborationId, t.status), index().on(t.bodyId), index().on(t.meetingId)],
);

/** R22: the figures as they were when attached to a meeting; never recomputed. */
export const governanceFigureSnapshots = pgTable(
  'governance_figure_snapshots',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    meetingId: uuid()
      .notNull()
      .references(() => governanceMeetings.id),
    fromDate: date().notNull(),
    toDate: date().notNull(),
    fundingLine: text(),
    figures: jsonb().$type<FiguresResponse>().notNull(),
    incompleteCount: integer().notNull(),
    note: text(),
    frozenBy: text().notNull(),
    frozenAt: createdAt(),
  },
  (t) => [index().on(t.meetingId)],
);

export const governanceAgreements = pgTable(
  'governance_agreements',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    kind: text().$type<AgreementKind>().notNull(),
    version: text().notNull(),
    title: text().notNull(),
    validFrom: date().notNull(),
    commitments: text().array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.collaborationId, t.kind, t.version)],
);

export const governanceAgreementSignatures = pgTable(
  'governance_agreement_signatures',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: tenant(),
    agreementId: uuid()
      .notNull()
      .references(() => governanceAgreements.id),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    signedOn: date().notNull(),
    signedByName: text().notNull(),
    signedByRole: text(),
    note: text(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.agreementId, t.organisationId)],
);
