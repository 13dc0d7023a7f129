import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import {
  WaitingEntriesTable,
  WaitingFiguresTable,
} from '../../features/trajectories/components/waiting-list-tables';
import { useWaitingList } from '../../features/trajectories/hooks/use-trajectories';
import { RequirePermission } from './require-permission';

function WaitingList() {
  const { t } = useTranslation();
  const list = useWaitingList();
  return (
    <QueryState query={list}>
      {(data) => (
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('waitingList.figuresTitle')}
          </Title>
          <WaitingFiguresTable list={data} />
          <Title order={2} size="h4">
            {t('waitingList.familiesTitle')}
          </Title>
          <WaitingEntriesTable list={data} />
        </Stack>
      )}
    </QueryState>
  );
}

export function WaitingListPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('waitingList.title')} description={t('waitingList.description')} />
      <RequirePermission permission="caseload:read">
        <WaitingList />
      </RequirePermission>
    </>
  );
}
