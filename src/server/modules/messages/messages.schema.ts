import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Locale } from '../../../contracts/common';
import type { MailAttachment, OutboxStatus } from '../../../contracts/messages';
import { collaborations } from '../network/network.schema';

// Every mail eenplan sends is first a row here, written in the transaction of the action that
// causes it (ADR 032): a rolled-back action leaves no mail, and no mail is lost when SMTP is away.
export const outbox = pgTable(
  'outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Null for a mail outside any collaboration (none yet; a password reset of an unknown address never gets one). */
    collaborationId: uuid().references(() => collaborations.id),
    recipient: text().notNull(),
    locale: text().$type<Locale>().notNull(),
    template: text().notNull(),
    /** What the template was filled with; never a family's personal data (issue 12 point 5). */
    params: jsonb().$type<Record<string, string>>().notNull(),
    /** Rendered when queued, in the recipient's language: what the administrator reads is what is sent. */
    subject: text().notNull(),
    body: text().notNull(),
    attachments: jsonb().$type<MailAttachment[]>().notNull().default([]),
    status: text().$type<OutboxStatus>().notNull().default('queued'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    /**
     * Why a held mail was held (ADR 040): `noSmtp` (released once SMTP is configured and the app
     * starts) or `kept` (the demo's fictional addresses: never sent).
     */
    heldReason: text().$type<'noSmtp' | 'kept'>(),
    /** When a mail held for want of SMTP was queued again, at a start with SMTP. */
    releasedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.collaborationId, t.createdAt)],
);
