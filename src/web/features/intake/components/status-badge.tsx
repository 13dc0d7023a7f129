import { Badge } from '@mantine/core';
import type { ReferralSummaryDto } from '../../../../contracts/intake';
import { useCodeLabels } from '../../../lib/labels';

const COLORS: Record<ReferralSummaryDto['status'], string> = {
  received: 'blue',
  started: 'green',
  notStarted: 'gray',
  waitingList: 'grape',
};

export function StatusBadge({ status }: { status: ReferralSummaryDto['status'] }) {
  const labels = useCodeLabels();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm">
      {labels.status(status)}
    </Badge>
  );
}
