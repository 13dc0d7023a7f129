import { Grid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { RouterButton } from '../../components/ui/router-links';
import {
  FirstStepsCards,
  UnassignedList,
  WorkersTable,
} from '../../features/trajectories/components/caseload-tables';
import { useCaseload } from '../../features/trajectories/hooks/use-trajectories';
import { RequirePermission } from './require-permission';

function Caseload() {
  const { t } = useTranslation();
  const caseload = useCaseload();
  return (
    <QueryState query={caseload}>
      {(data) => (
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('caseload.workersTitle')}
          </Title>
          <WorkersTable caseload={data} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <FirstStepsCards caseload={data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <UnassignedList caseload={data} />
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </QueryState>
  );
}

export function CaseloadPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('caseload.title')}
        description={t('caseload.description')}
        actions={
          <RouterButton to="/my-week" search={{ scope: 'all' }} variant="light">
            {t('caseload.allDeadlines')}
          </RouterButton>
        }
      />
      <RequirePermission permission="caseload:read">
        <Caseload />
      </RequirePermission>
    </>
  );
}
