import { Badge } from '@mantine/core';

const COLOR: Record<string, string> = {
  overdue: 'red.9',
  dueToday: 'orange',
  thisWeek: 'yellow',
  endingSoon: 'orange',
  extended: 'blue',
  onTime: 'green',
  late: 'orange',
  due: 'yellow',
  running: 'green',
  later: 'gray',
};

/** Overdue loud (filled red), due soon orange, on track quiet. */
export function StateBadge({ state, label }: { state: string; label: string }) {
  return (
    <Badge color={COLOR[state] ?? 'gray'} variant={state === 'overdue' ? 'filled' : 'light'} radius="sm">
      {label}
    </Badge>
  );
}
