import { z } from 'zod';
import { LOCALES } from './common';

/**
 * queued: waiting for the job queue (or retrying after a failure); sent: accepted by the SMTP
 * server; failed: every attempt failed; held: not sent because no SMTP server is configured —
 * it stays in the outbox for the administrator to read (issue 12 point 5) and is sent once the
 * app starts with SMTP (ADR 040); the demo's held mails are never sent.
 */
export const OUTBOX_STATUSES = ['queued', 'sent', 'failed', 'held'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const mailAttachment = z.object({
  filename: z.string(),
  contentType: z.string(),
  /** base64 */
  content: z.string(),
});
export type MailAttachment = z.infer<typeof mailAttachment>;

export const outboxMailSummary = z.object({
  id: z.uuid(),
  to: z.string(),
  locale: z.enum(LOCALES),
  template: z.string(),
  subject: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  /** Held for want of SMTP, then queued again at a start with SMTP (ADR 040). */
  releasedAt: z.string().nullable(),
});
export type OutboxMailSummary = z.infer<typeof outboxMailSummary>;

export const outboxListResponse = z.object({ items: z.array(outboxMailSummary) });
export type OutboxListResponse = z.infer<typeof outboxListResponse>;

export const outboxMailDetail = outboxMailSummary.extend({
  body: z.string(),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.number().int() })),
});
export type OutboxMailDetail = z.infer<typeof outboxMailDetail>;
