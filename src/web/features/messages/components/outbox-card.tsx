import { Alert, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDateTime } from '../../../lib/format';
import { useOutbox } from '../hooks/use-outbox';
import { OutboxMailModal } from './outbox-mail-modal';
import { OutboxStatusBadge } from './outbox-status-badge';

/** Every mail eenplan sent, holds (no SMTP) or could not send, newest first (issue 12 point 5). */
export function OutboxCard() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const [openId, setOpenId] = useState<string | null>(null);
  const rows = outbox.data?.items ?? [];
  return (
    <SectionCard title={t('outbox.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('outbox.hint')}
      </Text>
      {outbox.error ? (
        <Alert color="red" role="alert">
          {outbox.error.message}
        </Alert>
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {outbox.isPending ? t('common.loading') : t('outbox.none')}
        </Text>
      ) : (
        <ScrollTable minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('outbox.to')}</Table.Th>
                <Table.Th>{t('outbox.subject')}</Table.Th>
                <Table.Th>{t('outbox.status.label')}</Table.Th>
                <Table.Th>{t('outbox.attempts')}</Table.Th>
                <Table.Th>{t('outbox.createdAt')}</Table.Th>
                <Table.Th>{t('outbox.sentAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((mail) => (
                <Table.Tr key={mail.id}>
                  <Table.Td>{mail.to}</Table.Td>
                  <Table.Td>
                    <UnstyledButton onClick={() => setOpenId(mail.id)} td="underline">
                      {mail.subject}
                    </UnstyledButton>
                    <Text size="xs" c="dimmed">
                      {t(`outbox.template.${mail.template}`, { defaultValue: mail.template })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <OutboxStatusBadge status={mail.status} />
                    {mail.lastError ? (
                      <Text size="xs" c="red" title={mail.lastError} lineClamp={2}>
                        {mail.lastError}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{mail.attempts}</Table.Td>
                  <Table.Td>{formatDateTime(mail.createdAt)}</Table.Td>
                  <Table.Td>{mail.sentAt ? formatDateTime(mail.sentAt) : '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <OutboxMailModal id={openId} onClose={() => setOpenId(null)} />
    </SectionCard>
  );
}
