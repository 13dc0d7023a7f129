import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';

/**
 * A save's error under a form. Someone else saving the same record first (409 RECORD_CHANGED,
 * ADR 020) is not a mistake of the user: it says so plainly, and that what is shown now is the
 * saved version to check before saving again.
 */
export function SaveError({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isApiError(error, 'RECORD_CHANGED'))
    return (
      <Alert color="yellow" role="alert" title={t('journey.recordChanged.title')}>
        {t('journey.recordChanged.body')}
      </Alert>
    );
  return (
    <Alert color="red" role="alert">
      {error.message}
    </Alert>
  );
}
