import { Alert, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AbsenceCoverDto } from '../../../../contracts/team';
import { SectionCard } from '../../../components/ui/section-card';
import { formatNumber } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';

function Figure({ label, average, detail }: { label: string; average: string; detail: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={24} fw={700} lh={1.2}>
        {average}
      </Text>
      <Text size="xs" c="dimmed">
        {detail}
      </Text>
    </div>
  );
}

/**
 * R12: this year's absence against the extra module planned to cover it. FTE-days are hundredths
 * of FTE × working days on the server; the card reads them as FTE (0,8 VTE) and FTE working days.
 */
export function AbsenceCoverCard({ cover }: { cover: AbsenceCoverDto }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const fte = (hundredths: number) => t('team.fteUnit', { value: formatNumber(hundredths / 100, locale, 1) });
  const fteDays = (value: number) =>
    t('team.cover.fteDays', { value: formatNumber(value / 100, locale, 1), days: cover.workingDays });
  return (
    <SectionCard title={t('team.cover.title', { year: cover.year })}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('team.cover.intro')}
      </Text>
      {cover.status === 'none' ? (
        <Text size="sm">{t('team.cover.none')}</Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mb="sm">
            <Figure
              label={t('team.cover.absent')}
              average={fte(cover.absentFte)}
              detail={`${t('team.cover.average')} · ${fteDays(cover.absentFteDays)}`}
            />
            <Figure
              label={t('team.cover.cover')}
              average={fte(cover.coverFte)}
              detail={`${t('team.cover.average')} · ${fteDays(cover.coverFteDays)}`}
            />
          </SimpleGrid>
          {cover.status === 'uncovered' ? (
            <Alert color="orange" variant="light">
              {t('team.cover.uncovered', { value: formatNumber(cover.uncoveredFteDays / 100, locale, 1) })}
            </Alert>
          ) : (
            <Alert color="green" variant="light">
              {t('team.cover.covered')}
            </Alert>
          )}
        </>
      )}
    </SectionCard>
  );
}
