import { Alert, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type QueryStateProps<T> = {
  query: { data: T | undefined; error: Error | null; isPending: boolean };
  children: (data: T) => ReactNode;
};

/** Loading, failed or loaded: the three states every page shows the same way. */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (query.error) {
    return (
      <Alert color="red" title={t('common.loadFailed')} role="alert">
        {query.error.message}
      </Alert>
    );
  }
  if (query.isPending || query.data === undefined) {
    return (
      <Center py="xl">
        {/* A status role carries the label: a bare span may not (axe: aria-prohibited-attr). */}
        <Loader role="status" aria-label={t('common.loading')} />
      </Center>
    );
  }
  return <>{children(query.data)}</>;
}
