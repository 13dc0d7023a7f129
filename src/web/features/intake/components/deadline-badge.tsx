import { Badge } from '@mantine/core';
import type { ReferralSummaryDto } from '../../../../contracts/intake';
import { useCodeLabels } from '../../../lib/labels';

export type DeadlineState = ReferralSummaryDto['answer']['state'];

// Open deadlines are what needs attention: overdue red, due today orange, otherwise quiet.
const COLORS: Record<DeadlineState, string> = {
  overdue: 'red.9',
  dueToday: 'orange',
  onTime: 'gray',
  metOnTime: 'green',
  metLate: 'yellow',
};

export function DeadlineBadge({ state }: { state: DeadlineState }) {
  const labels = useCodeLabels();
  return (
    <Badge color={COLORS[state]} variant={state === 'overdue' ? 'filled' : 'light'} radius="sm">
      {labels.deadline(state)}
    </Badge>
  );
}
