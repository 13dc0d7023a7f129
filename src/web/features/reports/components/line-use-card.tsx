import { Badge, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FiguresResponse, LineUseDto } from '../../../../contracts/reports';
import { SectionCard } from '../../../components/ui/section-card';
import { useCodeLabels } from '../../../lib/labels';
import { useEuro } from '../../../lib/use-euro';

function Amount({ label, cents }: { label: string; cents: number }) {
  const { euro } = useEuro();
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={700}>
        {euro(cents)}
      </Text>
    </div>
  );
}

function Quota({ use }: { use: LineUseDto }) {
  const { t } = useTranslation();
  const limit = use.capTrajectories ?? use.targetTrajectories;
  const isFull = limit !== null && use.started >= limit;
  return (
    <Group gap="xs">
      <Text size="sm">
        {limit === null
          ? t('figures.lineUse.started', { count: use.started })
          : t(
              use.capTrajectories !== null
                ? 'figures.lineUse.startedOfCap'
                : 'figures.lineUse.startedOfTarget',
              {
                started: use.started,
                limit,
              },
            )}
      </Text>
      {isFull ? (
        <Badge color="orange" variant="light" radius="sm">
          {t(use.capTrajectories !== null ? 'figures.lineUse.capReached' : 'figures.lineUse.quotaReached')}
        </Badge>
      ) : null}
      {use.targetTrajectories !== null || use.overQuotaSignals > 0 ? (
        <Text size="sm" c="dimmed">
          {t('figures.lineUse.signals', { count: use.overQuotaSignals })}
        </Text>
      ) : null}
    </Group>
  );
}

/** Figures of one funding line: next to its referrals, its money and quota use in the year. */
export function LineUseCard({ figures }: { figures: FiguresResponse }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const use = figures.lineUse;
  if (!use || !figures.period.fundingLine) return null;
  return (
    <SectionCard
      title={t('figures.lineUse.title', {
        line: labels.fundingLine(figures.period.fundingLine),
        year: use.year,
      })}
    >
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="sm">
        <Amount label={t('figures.lineUse.budget')} cents={use.budgetCents} />
        <Amount label={t('figures.lineUse.committed')} cents={use.committedCents} />
        <Amount label={t('figures.lineUse.spent')} cents={use.spentCents} />
        <Amount label={t('figures.lineUse.left')} cents={use.leftCents} />
      </SimpleGrid>
      <Quota use={use} />
    </SectionCard>
  );
}
