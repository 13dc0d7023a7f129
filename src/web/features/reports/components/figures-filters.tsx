import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FiguresQuery } from '../../../../contracts/reports';
import { FundingLineSelect } from '../../../components/reference/funding-line-select';
import { DateField } from '../../../components/ui/date-field';
import { figuresCsvUrl } from '../api/figures-api';

type FiguresFiltersProps = { value: FiguresQuery; onChange: (next: Partial<FiguresQuery>) => void };

export function FiguresFilters({ value, onChange }: FiguresFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" justify="space-between" wrap="wrap" gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap" component="search" aria-label={t('figures.filters')}>
        <DateField
          label={t('figures.from')}
          required
          w={160}
          value={value.from ?? null}
          onChange={(from) => onChange({ from: from ?? undefined })}
        />
        <DateField
          label={t('figures.to')}
          required
          w={160}
          value={value.to ?? null}
          onChange={(to) => onChange({ to: to ?? undefined })}
        />
        <FundingLineSelect
          label={t('figures.fundingLine')}
          placeholder={t('figures.allLines')}
          clearable
          allowDeselect
          w={240}
          value={value.fundingLine ?? null}
          onChange={(fundingLine) => onChange({ fundingLine: fundingLine ?? undefined })}
        />
      </Group>
      <Anchor href={figuresCsvUrl(value)} download fw={600}>
        {t('figures.exportCsv')}
      </Anchor>
    </Group>
  );
}
