import { Alert, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDateTime } from '../../../lib/format';
import { useRevokeOtherSessions, useRevokeSession, useSessions } from '../hooks/use-sessions';

/** Where the person is signed in (ADR 037), with sign-out per device or everywhere else. */
export function SessionsCard() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const rows = sessions.data ?? [];
  const error = revoke.error ?? revokeOthers.error;
  return (
    <SectionCard title={t('sessions.title')}>
      {error ? (
        <Alert color="red" role="alert" mb="sm">
          {error.message}
        </Alert>
      ) : null}
      <Table aria-label={t('sessions.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sessions.device')}</Table.Th>
            <Table.Th>{t('sessions.network')}</Table.Th>
            <Table.Th>{t('sessions.lastSeen')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>{session.device}</Table.Td>
              <Table.Td>{session.network}</Table.Td>
              <Table.Td>{formatDateTime(session.lastSeenAt)}</Table.Td>
              <Table.Td ta="right">
                {session.isCurrent ? (
                  <Badge variant="light">{t('sessions.current')}</Badge>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    loading={revoke.isPending && revoke.variables === session.id}
                    onClick={() => revoke.mutate(session.id)}
                  >
                    {t('sessions.signOut')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="sm">
        {rows.length > 1 ? (
          <Button variant="default" onClick={() => revokeOthers.mutate()} loading={revokeOthers.isPending}>
            {t('sessions.signOutOthers')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            {t('sessions.onlyHere')}
          </Text>
        )}
      </Group>
    </SectionCard>
  );
}
