import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDto } from '../../../../../contracts/intake';
import { todayIso } from '../../../../../domain/dates';
import { DateField } from '../../../../components/ui/date-field';
import { FormShell } from '../../../../components/ui/form-shell';
import { SectionCard } from '../../../../components/ui/section-card';
import { useFormProblems } from '../../../../components/ui/use-form-problems';
import { formatDate } from '../../../../lib/format';
import { useRecordPerspectiveConversation } from '../../hooks/use-referral';

/** R26: every referral gets a perspective-giving conversation within one month. */
export function PerspectiveConversationCard({ referral }: { referral: ReferralDto }) {
  const { t } = useTranslation();
  const record = useRecordPerspectiveConversation(referral.id);
  const heldOn = referral.perspectiveConversation.heldOn;
  const [isEditing, setEditing] = useState(false);
  const [date, setDate] = useState<string | null>(heldOn ?? todayIso());
  const problems = useFormProblems(['heldOn']);

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    if (!date) return;
    problems.clear();
    record.mutate(date, { onSuccess: () => setEditing(false), onError: problems.fromServer });
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
        <FormShell
          onSubmit={save}
          problems={problems}
          isPending={record.isPending}
          submitLabel={t('perspective.submit')}
          isSubmitDisabled={!date}
        >
          <Text size="sm" c="dimmed">
            {t('perspective.hint')}
          </Text>
          <DateField
            label={t('perspective.date')}
            required
            minDate={referral.receivedOn}
            maxDate={todayIso()}
            value={date}
            onChange={setDate}
            error={!date ? t('errors:validation.date') : problems.fieldError('heldOn')}
          />
        </FormShell>
      )}
    </SectionCard>
  );
}
