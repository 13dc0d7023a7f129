// Turning problems into messages at the inputs of a form: client-side zod issues and the
// server's answer (422/400 with `details: [{ field, message }]`, already in the user's language).
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isApiError } from './api';

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** One plain message per zod issue; the first problem of a field wins. */
export function zodFieldErrors(issues: readonly z.core.$ZodIssue[], t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.join('.');
    errors[path] ??= issueMessage(issue, t);
  }
  return errors;
}

function issueMessage(issue: z.core.$ZodIssue, t: TFunction): string {
  if (isBlank(issue.input)) return t('errors:validation.required');
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? t('errors:validation.required')
        : issue.origin === 'number'
          ? t('common.atLeast', { min: issue.minimum })
          : t('errors:validation.tooShort');
    case 'too_big':
      return issue.origin === 'number'
        ? t('common.atMost', { max: issue.maximum })
        : t('errors:validation.tooLong');
    case 'invalid_format':
      if (issue.format === 'date') return t('errors:validation.date');
      return t('errors:validation.invalid');
    case 'invalid_value':
      return t('errors:validation.choice');
    default:
      return t('errors:validation.invalid');
  }
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
