import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoachDto } from '../../../../contracts/coaching';

/** What stops a coach from being suggested (R23): away today, full, or over a lowered limit. */
export function CoachBadges({ coach }: { coach: CoachDto }) {
  const { t } = useTranslation();
  if (!coach.isAbsentToday && !coach.isFull) return null;
  return (
    <Group gap={4} mt={4}>
      {coach.isAbsentToday ? (
        <Badge color="orange" variant="light" radius="sm" size="sm">
          {t('coaching.coaches.absent')}
        </Badge>
      ) : null}
      {coach.isOverLimit ? (
        <Badge color="red" variant="light" radius="sm" size="sm" title={t('coaching.coaches.overLimitHint')}>
          {t('coaching.coaches.overLimit')}
        </Badge>
      ) : coach.isFull ? (
        <Badge color="gray" variant="light" radius="sm" size="sm">
          {t('coaching.coaches.full')}
        </Badge>
      ) : null}
    </Group>
  );
}
