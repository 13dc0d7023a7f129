import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { serverErrors } from '../../lib/form-errors';

/** What a form has to say about a refused save, each message where the user can act on it. */
export type FormProblems = {
  /** The server's `details[].field` messages, keyed by the form's input names. */
  fieldErrors: Partial<Record<string, string>>;
  /** What no input of this form can fix: shown on top of the form. */
  general: string | null;
  /** ADR 020: someone else saved first; not a mistake of the user, so it is said apart. */
  isRecordChanged: boolean;
};

const NONE: FormProblems = { fieldErrors: {}, general: null, isRecordChanged: false };

/**
 * The one way every form places a refusal: a field error on the input it concerns
 * (`serverErrors`), the rest on top through the form shell. A Mantine form passes the returned
 * field messages to `form.setErrors`; a form of plain state reads them with `fieldError`.
 * `fields` are the form's input names, which are the API's field names.
 */
export function useFormProblems(fields: readonly string[]) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<FormProblems>(NONE);
  return {
    ...problems,
    fieldError: (field: string): string | undefined => problems.fieldErrors[field],
    /** Places the refusal and returns the messages for the form's inputs. */
    fromServer: (error: unknown): Record<string, string> => {
      if (isApiError(error, 'RECORD_CHANGED')) {
        setProblems({ ...NONE, isRecordChanged: true });
        return {};
      }
      const { fieldErrors, general } = serverErrors(error, fields, t);
      setProblems({ fieldErrors, general, isRecordChanged: false });
      return fieldErrors;
    },
    /** A problem the form found itself before asking the server (a required input left empty). */
    setFieldError: (field: string, message: string) =>
      setProblems((old) => ({ ...old, fieldErrors: { ...old.fieldErrors, [field]: message } })),
    /** A problem the form found itself that belongs to no single input. */
    setGeneral: (general: string | null) => setProblems({ ...NONE, general }),
    /** A new attempt starts without the old answer; an edited input drops its own message. */
    clear: (field?: string) =>
      setProblems((old) => {
        if (field === undefined) return NONE;
        if (!(field in old.fieldErrors)) return old;
        const { [field]: _dropped, ...fieldErrors } = old.fieldErrors;
        return { ...old, fieldErrors };
      }),
  };
}
