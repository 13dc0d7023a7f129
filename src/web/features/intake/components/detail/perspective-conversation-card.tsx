import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDto } from '../../../../../contracts/intake';
import { todayIso } from '../../../../../domain/dates';
import { DateField } from '../../../../components/ui/date-field';
import { SectionCard } from '../../../../components/ui/section-card';
import { formatDate } from '../../../../lib/format';
import { useRecordPerspectiveConversation } from '../../hooks/use-referral';

/** R26: every referral gets a perspective-giving conversation within one month. */
export function PerspectiveConversationCard({ referral }: { referral: ReferralDto }) {
  const { t } = useTranslation();
  const record = useRecordPerspectiveConversation(referral.id);
  const heldOn = referral.perspectiveConversation.heldOn;
  const [isEditing, setEditing] = useState(false);
  const [date, setDate] = useState<string | null>(heldOn ?? todayIso());

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    if (date) record.mutate(date, { onSuccess: () => setEditing(false) });
  };

  return (
    <SectionCard title={t('perspective.title')}>
      {heldOn && !isEditing ? (
        <Group justify="space-between">
          <Text size="sm">{t('perspective.heldOn', { date: formatDate(heldOn) })}</Text>
          <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        </Group>
      ) : (
        <form onSubmit={save} noValidate>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('perspective.hint')}
            </Text>
            {record.error ? (
              <Alert color="red" role="alert">
                {record.error.message}
              </Alert>
            ) : null}
            <DateField
              label={t('perspective.date')}
              required
              minDate={referral.receivedOn}
              maxDate={todayIso()}
              value={date}
              onChange={setDate}
              error={!date ? t('errors:validation.date') : undefined}
            />
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={record.isPending} disabled={!date}>
                {t('perspective.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </SectionCard>
  );
}
