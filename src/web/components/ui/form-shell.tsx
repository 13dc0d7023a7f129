import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from './form-problem';
import type { FormProblems } from './use-form-problems';

export type FormShellProps = {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** What the form says about a refused save (`useFormProblems`). */
  problems: FormProblems;
  isPending: boolean;
  /** The save button's words; "Opslaan" (journey.save) when not given. */
  submitLabel?: string;
  /** A save that ends something (closing a trajectory) is red. */
  submitColor?: string;
  /** Kept disabled while the inputs cannot make a valid request yet. */
  isSubmitDisabled?: boolean;
  /** Without it the form has no cancel button (a form on a page rather than in a dialog). */
  onCancel?: () => void;
  /** Names the form for screen readers: the dialog's title or a heading's id. */
  labelledBy?: string;
  /** Buttons beside cancel and save (a delete, a second way to save). */
  extraActions?: ReactNode;
  children: ReactNode;
};

/**
 * The body of every form: its inputs, the problem that has no input, then cancel and save.
 * The form is described by its problem block, so a screen reader hears why a save failed.
 */
export function FormShell({
  onSubmit,
  problems,
  isPending,
  submitLabel,
  submitColor,
  isSubmitDisabled,
  onCancel,
  labelledBy,
  extraActions,
  children,
}: FormShellProps) {
  const { t } = useTranslation();
  const problemId = useId();
  // While a new attempt is on its way the old answer no longer holds.
  const shown = isPending ? { fieldErrors: {}, general: null, isRecordChanged: false } : problems;
  const hasProblem = shown.isRecordChanged || shown.general !== null;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={labelledBy}
      aria-describedby={hasProblem ? problemId : undefined}
    >
      <Stack gap="sm">
        {children}
        <FormProblem problems={shown} id={problemId} />
        <Group justify="flex-end">
          {extraActions}
          {onCancel ? (
            <Button variant="default" onClick={onCancel} disabled={isPending}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" color={submitColor} disabled={isSubmitDisabled} loading={isPending}>
            {submitLabel ?? t('journey.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
