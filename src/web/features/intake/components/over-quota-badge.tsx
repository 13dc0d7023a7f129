import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** R4: received or started past the line's yearly quota; counted as a signal. */
export function OverQuotaBadge({ size }: { size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="light" radius="sm" size={size}>
      {t('referrals.overQuotaBadge')}
    </Badge>
  );
}
