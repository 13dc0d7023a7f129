import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseloadWorkerDto } from '../../../../contracts/team';
import { formatDate } from '../../../lib/format';

/** R10: why a worker is or is not suggested today (absent, absent soon, no account). */
export function AvailabilityBadge({
  worker,
}: {
  worker: Pick<CaseloadWorkerDto, 'availability' | 'absence'>;
}) {
  const { t } = useTranslation();
  const { availability, absence } = worker;
  if (availability === 'available')
    return (
      <Badge color="green" variant="light" radius="sm" size="sm">
        {t('team.availability.available')}
      </Badge>
    );
  const text =
    availability === 'noAccount'
      ? t('team.availability.noAccount')
      : t(`team.availability.${availability}`, {
          from: formatDate(absence?.startsOn),
          to: formatDate(absence?.endsOn),
        });
  return (
    <Badge color={availability === 'noAccount' ? 'gray' : 'orange'} variant="light" radius="sm" size="sm">
      {text}
    </Badge>
  );
}
