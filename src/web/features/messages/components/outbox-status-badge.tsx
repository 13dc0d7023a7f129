import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxStatus } from '../../../../contracts/messages';

const STATUS_COLOURS: Record<OutboxStatus, string> = {
  queued: 'blue',
  sent: 'green',
  failed: 'red',
  held: 'yellow',
};

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light">
      {t(`outbox.status.${status}`)}
    </Badge>
  );
}
