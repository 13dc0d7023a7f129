import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../domain/roles';
import { useCan } from '../../lib/session';

/** The server refuses anyway; this spares the person a page of errors. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  if (!useCan(permission)) {
    return (
      <Alert color="red" title={t('common.forbiddenTitle')} role="alert">
        {t('errors:FORBIDDEN')}
      </Alert>
    );
  }
  return <>{children}</>;
}
