import { Alert, Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/ui/section-card';
import { useMunicipalities, useServedZones } from '../../../lib/reference-data';
import { useSaveServedZones } from '../hooks/use-network';

/** R13: a collaboration serves whole primary-care zones; its region is the sum of them. */
export function ServedZonesForm() {
  const { t } = useTranslation();
  const served = useServedZones();
  const municipalities = useMunicipalities('');
  const save = useSaveServedZones();
  const [selected, setSelected] = useState<string[]>([]);

  useEffect(() => {
    if (served.data) setSelected(served.data.map((z) => z.code));
  }, [served.data]);

  // Every zone that appears in the municipality table, plus the ones already served.
  const zones = new Map<string, string>();
  for (const m of municipalities.data ?? []) zones.set(m.primaryCareZone.code, m.primaryCareZone.name);
  for (const z of served.data ?? []) zones.set(z.code, z.name);
  const data = [...zones.entries()]
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([value, label]) => ({ value, label: `${label} (${value})` }));

  return (
    <SectionCard title={t('admin.zones.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('admin.zones.hint')}
        </Text>
        {save.error ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        {save.isSuccess ? (
          <Alert color="green" role="status">
            {t('admin.zones.saved')}
          </Alert>
        ) : null}
        <MultiSelect
          label={t('admin.zones.label')}
          searchable
          data={data}
          value={selected}
          onChange={(value) => {
            save.reset();
            setSelected(value);
          }}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <Group justify="flex-end">
          <Button onClick={() => save.mutate(selected)} loading={save.isPending}>
            {t('admin.zones.save')}
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}
