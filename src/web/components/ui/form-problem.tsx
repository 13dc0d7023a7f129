import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormProblems } from './use-form-problems';

/**
 * The block above a form's buttons for what has no input of its own. A stale save (409
 * RECORD_CHANGED, ADR 020) says plainly that what is shown now is the saved version to check.
 */
export function FormProblem({ problems, id }: { problems: FormProblems; id?: string }) {
  const { t } = useTranslation();
  if (problems.isRecordChanged)
    return (
      <Alert id={id} color="yellow" role="alert" title={t('journey.recordChanged.title')}>
        {t('journey.recordChanged.body')}
      </Alert>
    );
  if (!problems.general) return null;
  return (
    <Alert id={id} color="red" role="alert">
      {problems.general}
    </Alert>
  );
}
