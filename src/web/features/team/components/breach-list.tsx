import { List, Text } from '@mantine/core';
import type { BreachDto } from '../../../../contracts/team';
import { useBreachText } from '../hooks/use-breach-text';

/** The breaches next to the worker, organisation or module they are about. */
export function BreachList({ breaches }: { breaches: BreachDto[] }) {
  const describe = useBreachText();
  if (breaches.length === 0) return null;
  return (
    <List size="sm" spacing={2} withPadding={false} c="red.9">
      {breaches.map((breach) => (
        <List.Item key={`${breach.code}-${JSON.stringify(breach.params)}`}>
          <Text size="sm" c="red.9" fw={500}>
            {describe(breach)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
