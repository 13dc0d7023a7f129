import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralDto } from '../../../../../contracts/intake';
import { SectionCard } from '../../../../components/ui/section-card';
import { formatDate } from '../../../../lib/format';
import { useCodeLabels } from '../../../../lib/labels';
import { StatusBadge } from '../status-badge';

export function DecisionSummary({ decision }: { decision: NonNullable<ReferralDto['decision']> }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  return (
    <SectionCard title={t('decision.decided')}>
      <SimpleGrid cols={1} spacing="xs">
        <div>
          <StatusBadge status={decision.outcome} />
        </div>
        {decision.reason ? (
          <Text size="sm">
            {t('decision.reason')}: {labels.reason(decision.reason)}
          </Text>
        ) : null}
        <Text size="sm">
          {t('decision.decidedOnBy', { date: formatDate(decision.decidedOn) })}
          {decision.decidedBy ? ` ${t('decision.by', { name: decision.decidedBy })}` : ''}
        </Text>
        {decision.overQuotaReason ? (
          <Text size="sm">
            {t('decision.overQuotaReasonGiven')}: {decision.overQuotaReason}
          </Text>
        ) : null}
        {decision.note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {decision.note}
          </Text>
        ) : null}
      </SimpleGrid>
    </SectionCard>
  );
}
