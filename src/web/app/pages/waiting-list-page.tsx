import { Anchor, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import {
  WaitingEntriesTable,
  WaitingFiguresTable,
} from '../../features/trajectories/components/waiting-list-tables';
import { useWaitingList } from '../../features/trajectories/hooks/use-trajectories';
import { apiUrl } from '../../lib/api';
import { RequirePermission } from './require-permission';

function WaitingList() {
  const { t } = useTranslation();
  const list = useWaitingList();
  return (
    <QueryState query={list}>
      {(data) => (
        <Stack gap="md">
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h4">
              {t('waitingList.figuresTitle')}
            </Title>
            {/* Issue 14 point 2: the figures for the partners and the agency, without names. */}
            <Anchor href={apiUrl('/worklist/waiting-list.xlsx')} download fw={600}>
              {t('waitingList.export')}
            </Anchor>
          </Group>
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
