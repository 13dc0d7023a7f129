import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REFERRAL_STATUSES } from '../../../../contracts/intake';
import { ORGANISATION_KINDS } from '../../../../contracts/network';
import { FundingLineSelect } from '../../../components/reference/funding-line-select';
import { ZoneSelect } from '../../../components/reference/zone-select';
import { DateField } from '../../../components/ui/date-field';
import { useCodeLabels } from '../../../lib/labels';
import type { ReferralListFilters } from '../api/referrals-api';

type ReferralFiltersProps = {
  value: ReferralListFilters;
  onChange: (next: ReferralListFilters) => void;
};

export function ReferralFilters({ value, onChange }: ReferralFiltersProps) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const set = (patch: ReferralListFilters) => onChange({ ...value, ...patch });
  const hasFilters = Object.values(value).some((v) => v !== undefined && v !== null && v !== '');

  return (
    <search aria-label={t('referrals.filters.label')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3, lg: 6 }} spacing="sm">
        <Select
          label={t('referrals.filters.status')}
          placeholder={t('common.all')}
          clearable
          data={REFERRAL_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
          value={value.status ?? null}
          onChange={(status) => set({ status: (status as ReferralListFilters['status']) ?? undefined })}
        />
        <FundingLineSelect
          label={t('referrals.filters.fundingLine')}
          placeholder={t('common.all')}
          clearable
          allowDeselect
          value={value.fundingLine ?? null}
          onChange={(fundingLine) => set({ fundingLine: fundingLine ?? undefined })}
        />
        <ZoneSelect
          label={t('referrals.filters.zone')}
          placeholder={t('common.all')}
          clearable
          value={value.zone ?? null}
          onChange={(zone) => set({ zone: zone ?? undefined })}
        />
        <Select
          label={t('referrals.filters.registrantKind')}
          placeholder={t('common.all')}
          clearable
          searchable
          data={ORGANISATION_KINDS.map((k) => ({ value: k, label: labels.organisationKind(k) }))}
          value={value.registrantKind ?? null}
          onChange={(kind) =>
            set({ registrantKind: (kind as ReferralListFilters['registrantKind']) ?? undefined })
          }
        />
        <DateField
          label={t('referrals.filters.from')}
          value={value.from ?? null}
          onChange={(from) => set({ from: from ?? undefined })}
        />
        <DateField
          label={t('referrals.filters.to')}
          value={value.to ?? null}
          onChange={(to) => set({ to: to ?? undefined })}
        />
      </SimpleGrid>
      {hasFilters ? (
        <Group justify="flex-end" mt="xs">
          <Button variant="subtle" size="compact-sm" onClick={() => onChange({})}>
            {t('referrals.filters.clear')}
          </Button>
        </Group>
      ) : null}
    </search>
  );
}
