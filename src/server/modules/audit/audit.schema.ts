import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { collaborations } from '../network/network.schema';

// Append-only: a trigger in the migrations refuses UPDATE and DELETE on this table.
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    /** Null only for a failed sign-in with an unknown address: no collaboration to file it under. */
    collaborationId: uuid().references(() => collaborations.id),
    /** No foreign key: the trail outlives the user accounts it names. */
    actorUserId: uuid(),
    actorDisplayName: text(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    familyId: uuid(),
    details: jsonb().$type<Record<string, unknown>>(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.collaborationId, t.entityType, t.entityId), index().on(t.familyId)],
);
