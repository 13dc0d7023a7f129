// ADR 020: a save names the version it started from; when someone else saved the record
// meanwhile the server answers 409 RECORD_CHANGED with the record as it is now.
import { type RecordChangedDetails, recordChangedDetails } from '../../contracts/common';
import { isApiError } from './api';

/** The current state a stale save was answered with, or null for any other outcome. */
export function recordChangedOf(error: unknown): RecordChangedDetails | null {
  if (!isApiError(error, 'RECORD_CHANGED')) return null;
  const parsed = recordChangedDetails.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}
