import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/ui/section-card';
import { isApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { useAddPasskey, usePasskeys, useRemovePasskey } from '../hooks/use-passkeys';

/**
 * The person's passkeys (ADR 040): a second factor beside the authenticator app, kept by the
 * laptop or phone itself. Named, listed, removed.
 */
export function PasskeysCard() {
  const { t } = useTranslation();
  const passkeys = usePasskeys();
  const add = useAddPasskey();
  const remove = useRemovePasskey();
  const [name, setName] = useState('');
  const rows = passkeys.data ?? [];
  const error = add.error ?? remove.error;
  return (
    <SectionCard title={t('passkeys.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('passkeys.intro')}</Text>
        {error ? (
          <Alert color="red" role="alert">
            {/* The browser's own refusal (cancelled, no authenticator) has no useful words of ours. */}
            {isApiError(error) ? error.message : t('passkeys.browserRefused')}
          </Alert>
        ) : null}
        {add.isSuccess ? (
          <Alert color="green" role="status">
            {t('passkeys.added', { name: add.data.name })}
          </Alert>
        ) : null}
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('passkeys.none')}
          </Text>
        ) : (
          <Table aria-label={t('passkeys.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('passkeys.name')}</Table.Th>
                <Table.Th>{t('passkeys.createdAt')}</Table.Th>
                <Table.Th>{t('passkeys.lastUsedAt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((passkey) => (
                <Table.Tr key={passkey.id}>
                  <Table.Td>{passkey.name}</Table.Td>
                  <Table.Td>{formatDateTime(passkey.createdAt)}</Table.Td>
                  <Table.Td>{passkey.lastUsedAt ? formatDateTime(passkey.lastUsedAt) : '–'}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={remove.isPending && remove.variables === passkey.id}
                      onClick={() => {
                        if (window.confirm(t('passkeys.removeConfirm', { name: passkey.name })))
                          remove.mutate(passkey.id);
                      }}
                    >
                      {t('passkeys.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) add.mutate(name.trim(), { onSuccess: () => setName('') });
          }}
        >
          <Group align="flex-end">
            <TextInput
              label={t('passkeys.newName')}
              description={t('passkeys.newNameHint')}
              maxLength={60}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
            />
            <Button type="submit" loading={add.isPending} disabled={!name.trim()}>
              {t('passkeys.add')}
            </Button>
          </Group>
        </form>
      </Stack>
    </SectionCard>
  );
}
