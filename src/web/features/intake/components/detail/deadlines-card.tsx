import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralDto } from '../../../../../contracts/intake';
import { SectionCard } from '../../../../components/ui/section-card';
import { formatDate } from '../../../../lib/format';
import { DeadlineBadge } from '../deadline-badge';

/** R4 (answer within n working days) and R26 (perspective conversation within a month). */
export function DeadlinesCard({ referral }: { referral: ReferralDto }) {
  const { t } = useTranslation();
  const { answer, perspectiveConversation: pc } = referral;
  const isAnswerOpen = referral.decision === null;
  return (
    <SectionCard title={t('detail.deadlines.title')}>
      <Stack gap="md">
        <div>
          <Text size="sm" fw={600}>
            {t('detail.deadlines.answer', { count: answer.targetWorkingDays })}
          </Text>
          <Group gap="xs" mt={4}>
            <Text size="sm">{t('detail.deadlines.dueOn', { date: formatDate(answer.dueOn) })}</Text>
            <DeadlineBadge state={answer.state} />
          </Group>
          <Text size="xs" c="dimmed" mt={2}>
            {isAnswerOpen
              ? t('referrals.table.workingDaysOpen', { count: answer.workingDaysOpen })
              : t('detail.deadlines.answeredAfter', { count: answer.workingDaysOpen })}
          </Text>
        </div>
        <div>
          <Text size="sm" fw={600}>
            {t('detail.deadlines.perspective')}
          </Text>
          <Group gap="xs" mt={4}>
            <Text size="sm">{t('detail.deadlines.dueOn', { date: formatDate(pc.dueOn) })}</Text>
            <DeadlineBadge state={pc.state} />
          </Group>
          {pc.heldOn ? (
            <Text size="xs" c="dimmed" mt={2}>
              {t('referrals.table.heldOn', { date: formatDate(pc.heldOn) })}
            </Text>
          ) : null}
        </div>
      </Stack>
    </SectionCard>
  );
}
