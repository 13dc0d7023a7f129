import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto } from '../../../../contracts/accounts';
import { formatDateTime } from '../../../lib/format';
import { useCodeLabels } from '../../../lib/labels';
import { useUser } from '../../../lib/session';
import { useAccounts, useDeactivatePerson, useReinvitePerson } from '../hooks/use-accounts';
import { AccountModal } from './invite-modal';
import { ResetSecondFactorDialog } from './reset-second-factor-dialog';

const STATUS_COLOR = { invited: 'yellow', active: 'green', deactivated: 'gray' } as const;

/** Issue 12: the collaboration's people, their roles and account status, with what to do next. */
export function PeopleTable() {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const me = useUser();
  const accounts = useAccounts();
  const deactivate = useDeactivatePerson();
  const reinvite = useReinvitePerson();
  const [editing, setEditing] = useState<AccountDto | null | 'new'>(null);
  const [resetting, setResetting] = useState<AccountDto | null>(null);
  const failure = deactivate.error ?? reinvite.error;
  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button onClick={() => setEditing('new')}>{t('people.invite')}</Button>
      </Group>
      {failure ? (
        <Alert color="red" role="alert">
          {failure.message}
        </Alert>
      ) : null}
      {reinvite.isSuccess ? (
        <Alert color="green" role="status">
          {t('people.reinvited', { name: reinvite.data && (reinvite.data as AccountDto).displayName })}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={720}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('people.name')}</Table.Th>
              <Table.Th>{t('people.roles')}</Table.Th>
              <Table.Th>{t('people.organisation')}</Table.Th>
              <Table.Th>{t('people.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(accounts.data ?? []).map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {a.displayName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {a.email}
                  </Text>
                </Table.Td>
                <Table.Td>{a.roles.map((r) => labels.role(r)).join(', ')}</Table.Td>
                <Table.Td>{a.organisation?.name ?? '–'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLOR[a.status]}>
                    {t(`people.statuses.${a.status}`)}
                  </Badge>
                  {a.invitationExpiresAt ? (
                    <Text size="xs" c="dimmed">
                      {t('people.linkUntil', { when: formatDateTime(a.invitationExpiresAt) })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {a.id === me.id ? null : (
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="light" onClick={() => setEditing(a)}>
                        {t('people.changeRoles')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        loading={reinvite.isPending && reinvite.variables === a.id}
                        onClick={() => reinvite.mutate(a.id)}
                      >
                        {t('people.reinvite')}
                      </Button>
                      {a.status === 'active' ? (
                        <Button size="xs" variant="subtle" onClick={() => setResetting(a)}>
                          {t('people.resetSecondFactor')}
                        </Button>
                      ) : null}
                      {a.status === 'deactivated' ? null : (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={deactivate.isPending && deactivate.variables === a.id}
                          onClick={() => {
                            if (window.confirm(t('people.deactivateConfirm', { name: a.displayName })))
                              deactivate.mutate(a.id);
                          }}
                        >
                          {t('people.deactivate')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <AccountModal
        opened={editing !== null}
        account={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
      {resetting ? <ResetSecondFactorDialog account={resetting} onClose={() => setResetting(null)} /> : null}
    </Stack>
  );
}
