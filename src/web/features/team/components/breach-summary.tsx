import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamResponse } from '../../../../contracts/team';
import { breachSubject, useBreachText } from '../hooks/use-breach-text';

/** R11 at a glance, on top of the team page: every breach named, or the all-clear. */
export function BreachSummary({ team }: { team: TeamResponse }) {
  const { t } = useTranslation();
  const describe = useBreachText();
  const { breaches } = team;
  if (breaches.length === 0) {
    return (
      <Alert color="green" title={t('team.summary.noneTitle')} role="status">
        {t('team.summary.none')}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={t('team.summary.title', { count: breaches.length })} role="status">
      <List size="sm" spacing={4}>
        {breaches.map((breach) => (
          <List.Item
            key={`${breach.code}-${breach.workerId ?? breach.organisationId ?? breach.typeModuleId}`}
          >
            {describe(breach, breachSubject(team, breach))}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
