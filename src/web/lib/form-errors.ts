// Turning problems into messages at the inputs of a form: client-side zod issues (in the same
// words as the server's, ADR 028) and the server's answer (422/400 with `details: [{ field,
// message }]`, already in the user's language).
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { validationMessage } from '../../i18n/validation-message';
import { isApiError } from './api';

/** One plain message per zod issue; the first problem of a field wins. */
export function zodFieldErrors(issues: readonly z.core.$ZodIssue[], t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.join('.');
    errors[path] ??= validationMessage(issue, (key, values) => t(`errors:${key}`, values));
  }
  return errors;
}

/**
 * A refusal of the server, split into messages for the form's own inputs and what is left to
 * show on top. `fields` are the form's field names; the API's field names are the same.
 */
export function serverErrors(
  error: unknown,
  fields: readonly string[],
  t: TFunction,
): { fieldErrors: Record<string, string>; general: string | null } {
  if (!isApiError(error)) return { fieldErrors: {}, general: t('common.unexpectedError') };
  const fieldErrors: Record<string, string> = {};
  let unplaced = false;
  for (const problem of error.fieldProblems) {
    if (fields.includes(problem.field)) fieldErrors[problem.field] ??= problem.message || error.message;
    else unplaced = true;
  }
  // A rule's refusal names its field: the message goes there. What has no input goes on top.
  const placed = Object.keys(fieldErrors).length > 0;
  return { fieldErrors, general: !placed || unplaced ? error.message : null };
}
