import { Alert, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDateTime } from '../../../lib/format';
import { useLockedAccounts, useUnlockAccount } from '../hooks/use-locked-accounts';

/** Accounts locked after too many failed sign-ins, with a button to lift the lock (ADR 018). */
export function LockedAccountsCard() {
  const { t } = useTranslation();
  const locked = useLockedAccounts();
  const unlock = useUnlockAccount();
  const rows = locked.data ?? [];
  return (
    <SectionCard title={t('lockedAccounts.title')}>
      {unlock.error ? (
        <Alert color="red" role="alert" mb="sm">
          {unlock.error.message}
        </Alert>
      ) : null}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {locked.isPending ? t('lockedAccounts.loading') : t('lockedAccounts.none')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('lockedAccounts.person')}</Table.Th>
              <Table.Th>{t('lockedAccounts.until')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((account) => (
              <Table.Tr key={account.id}>
                <Table.Td>{account.displayName}</Table.Td>
                <Table.Td>{formatDateTime(account.lockedUntil)}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    loading={unlock.isPending && unlock.variables === account.id}
                    onClick={() => unlock.mutate(account.id)}
                  >
                    {t('lockedAccounts.unlock')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}
