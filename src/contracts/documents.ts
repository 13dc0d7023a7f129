// Documents kept in a family's file and shared with the family (issue 13 point 2, ADR 052).
import { z } from 'zod';
import { baseVersion, optionalText, requiredText, token } from './common';

/** 10 MB: a scanned letter or a report of many pages; a video belongs elsewhere. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** What eenplan accepts, decided from the file's first bytes (file-kind.ts), never from its name alone. */
export const DOCUMENT_KINDS = [
  'pdf',
  'png',
  'jpeg',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'doc',
  'xls',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const uploadDocumentBody = z.object({
  title: requiredText(200),
  fileName: requiredText(200).pipe(token(200)),
  /** The file, base64-encoded. Slightly more than 10 MB is let through so the answer can say "too large". */
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 1024),
  trajectoryId: z.uuid().optional().nullable(),
  /** The plan version the document belongs with, when it does. */
  planVersion: z.number().int().min(1).max(100_000).optional().nullable(),
  /** R27: a young person's own document (their school report): the parents read it only with their consent. */
  aboutMemberId: z.uuid().optional().nullable(),
  /** R28: a document for the court: never shown to the family. */
  forCourt: z.boolean().default(false),
  /** R28: withheld from the family by the worker, with the reason (required to withhold). */
  withheldReason: optionalText(500),
});
export type UploadDocumentBody = z.input<typeof uploadDocumentBody>;

export const markDocumentBody = z.object({
  baseVersion,
  forCourt: z.boolean(),
  withheldReason: optionalText(500),
});
export type MarkDocumentBody = z.infer<typeof markDocumentBody>;

export const shareDocumentBody = z.object({ baseVersion });
export type ShareDocumentBody = z.infer<typeof shareDocumentBody>;

export const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() });
export const ourDocumentParams = z.object({ documentId: z.uuid() });

/** A document as the worker sees it in the family file. */
export const familyDocumentDto = z.object({
  id: z.uuid(),
  title: z.string(),
  fileName: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  sizeBytes: z.number().int(),
  trajectoryId: z.uuid().nullable(),
  planVersion: z.number().int().nullable(),
  aboutMemberId: z.uuid().nullable(),
  forCourt: z.boolean(),
  withheldReason: z.string().nullable(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
  sharedAt: z.string().nullable(),
  sharedBy: z.string().nullable(),
  version: z.number().int(),
});
export type FamilyDocumentDto = z.infer<typeof familyDocumentDto>;

/** A document as the family sees it: what it is and when it was shared, nothing of the marks. */
export const ourDocumentDto = z.object({
  id: z.uuid(),
  title: z.string(),
  fileName: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  sizeBytes: z.number().int(),
  sharedAt: z.string(),
  sharedBy: z.string(),
});
export type OurDocumentDto = z.infer<typeof ourDocumentDto>;
