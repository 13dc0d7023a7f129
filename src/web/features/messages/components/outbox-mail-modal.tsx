import { Code, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useOutboxMail } from '../hooks/use-outbox';
import { OutboxStatusBadge } from './outbox-status-badge';

/** One mail as it is sent: recipient, subject, text and the names of its attachments. */
export function OutboxMailModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const mail = useOutboxMail(id);
  return (
    <LabelledModal opened={id !== null} onClose={onClose} title={t('outbox.mailTitle')} size="lg">
      {id ? (
        <QueryState query={mail}>
          {(m) => (
            <Stack gap="xs">
              <Text size="sm">
                <b>{t('outbox.to')}:</b> {m.to} ({m.locale})
              </Text>
              <Text size="sm">
                <b>{t('outbox.subject')}:</b> {m.subject}
              </Text>
              <Text size="sm">
                <OutboxStatusBadge status={m.status} /> {t('outbox.attempts')}: {m.attempts}
                {m.lastAttemptAt ? ` · ${t('outbox.lastAttemptAt')}: ${formatDateTime(m.lastAttemptAt)}` : ''}
              </Text>
              {m.releasedAt ? (
                <Text size="sm">
                  {t('outbox.releasedAt')}: {formatDateTime(m.releasedAt)}
                </Text>
              ) : null}
              {m.lastError ? (
                <Text size="sm" c="red">
                  {t('outbox.lastError')}: {m.lastError}
                </Text>
              ) : null}
              <Code block>{m.body}</Code>
              {m.attachments.length > 0 ? (
                <>
                  <Text size="sm" fw={600}>
                    {t('outbox.attachments')}
                  </Text>
                  <List size="sm">
                    {m.attachments.map((a) => (
                      <List.Item key={a.filename}>
                        {a.filename} ({a.contentType}, {a.size} B)
                      </List.Item>
                    ))}
                  </List>
                </>
              ) : null}
            </Stack>
          )}
        </QueryState>
      ) : null}
    </LabelledModal>
  );
}
