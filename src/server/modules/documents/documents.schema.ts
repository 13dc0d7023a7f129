// Documents in a family's file (issue 13 point 2, ADR 052): what they are in `documents`, their
// bytes in `document_contents` (PostgreSQL bytea), so a list never reads a file's content.

import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DocumentKind } from '../../../contracts/documents';
import { families, familyMembers } from '../families/families.schema';
import { users } from '../identity/identity.schema';
import { collaborations } from '../network/network.schema';
import { trajectories } from '../trajectories/trajectories.schema';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const documents = pgTable(
  'documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    title: text().notNull(),
    /** As uploaded, made safe for a Content-Disposition header (no path, quote or line break). */
    fileName: text().notNull(),
    /** Decided from the first bytes (file-kind.ts); the media type of a download follows from it. */
    kind: text().$type<DocumentKind>().notNull(),
    sizeBytes: integer().notNull(),
    trajectoryId: uuid().references((): AnyPgColumn => trajectories.id),
    planVersion: integer(),
    /** R27: a young person's own document. */
    aboutMemberId: uuid().references(() => familyMembers.id),
    /** R28: for the court — never in a family view. */
    forCourt: boolean().notNull().default(false),
    /** R28: withheld by the worker; the reason is the mark (never empty). */
    withheldReason: text(),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
    uploadedByName: text().notNull(),
    uploadedAt: timestamp({ withTimezone: true }).notNull(),
    /** Shared with the family explicitly; null: not (or no longer) shared. */
    sharedAt: timestamp({ withTimezone: true }),
    sharedBy: uuid().references(() => users.id),
    sharedByName: text(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index().on(t.familyId),
    check(
      'documents_withheld_reason',
      sql`${t.withheldReason} is null or length(trim(${t.withheldReason})) > 0`,
    ),
    check('documents_shared_by', sql`(${t.sharedAt} is null) = (${t.sharedBy} is null)`),
  ],
);

export const documentContents = pgTable('document_contents', {
  documentId: uuid()
    .primaryKey()
    .references(() => documents.id, { onDelete: 'cascade' }),
  content: bytea().notNull(),
});
