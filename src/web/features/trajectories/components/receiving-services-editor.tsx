import { Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ReceivingService = { organisation: string; service?: string | null; worker?: string | null };

/** R3: the services (and their workers) that take over; several of them call for coordination meetings. */
export function ReceivingServicesEditor({
  value,
  onChange,
}: {
  value: ReceivingService[];
  onChange: (next: ReceivingService[]) => void;
}) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<ReceivingService>) =>
    onChange(value.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <Stack gap="xs">
      {value.map((s, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows without ids of their own, edited in place
        <Fieldset key={index} legend={t('trajectories.handover.serviceN', { number: index + 1 })} radius="md">
          <Group grow align="flex-end">
            <TextInput
              label={t('trajectories.handover.organisation')}
              required
              value={s.organisation}
              onChange={(e) => set(index, { organisation: e.currentTarget.value })}
            />
            <TextInput
              label={t('trajectories.handover.service')}
              value={s.service ?? ''}
              onChange={(e) => set(index, { service: e.currentTarget.value })}
            />
            <TextInput
              label={t('trajectories.handover.worker')}
              value={s.worker ?? ''}
              onChange={(e) => set(index, { worker: e.currentTarget.value })}
            />
          </Group>
          <Group justify="flex-end" mt={4}>
            <Button
              variant="subtle"
              color="red.9"
              c="red.9"
              size="compact-sm"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              {t('journey.remove')}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="light"
          size="sm"
          onClick={() => onChange([...value, { organisation: '', service: '', worker: '' }])}
        >
          {t('trajectories.handover.addService')}
        </Button>
      </Group>
    </Stack>
  );
}
