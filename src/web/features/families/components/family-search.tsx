import { Badge, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../components/ui/router-links';
import { useFamilySearch } from '../hooks/use-family';

/** "Do we know this family?": a family one may not open shows only whom to ask. */
export function FamilySearch() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const results = useFamilySearch(debounced);
  return (
    <Paper withBorder p="md" radius="md">
      <TextInput
        label={t('family.search.label')}
        description={t('family.search.hint')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        type="search"
      />
      {debounced.trim().length >= 2 && results.data ? (
        <Stack gap={6} mt="sm" aria-live="polite">
          {results.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('family.search.none')}
            </Text>
          ) : (
            results.data.map((r) => (
              <Group key={r.id} gap="xs">
                {r.access === 'full' ? (
                  <RouterAnchor to="/families/$id" params={{ id: r.id }} fw={600} size="sm">
                    {r.label ?? t('family.anonymous')}
                  </RouterAnchor>
                ) : (
                  <Text size="sm" fw={600}>
                    {r.label ?? t('family.anonymous')}
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {r.municipality} · {t('family.children', { count: r.childrenCount })}
                </Text>
                {r.access === 'limited' ? (
                  <Badge variant="light" color="gray" radius="sm">
                    {t('family.search.ask', { names: r.askWho.map((p) => p.displayName).join(', ') })}
                  </Badge>
                ) : null}
              </Group>
            ))
          )}
        </Stack>
      ) : null}
    </Paper>
  );
}
