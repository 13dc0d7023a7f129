import { Group, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FamilyCareDetails, FamilyCareDto } from '../../../../contracts/trajectories';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';

export type FamilyCareValues = {
  provider: string;
  referredOn: string | null;
  firstContactOn: string | null;
  referrerPresent: 'unknown' | 'yes' | 'no';
};

export const emptyFamilyCare = (): FamilyCareValues => ({
  provider: '',
  referredOn: null,
  firstContactOn: null,
  referrerPresent: 'unknown',
});

export function familyCareValuesOf(dto: FamilyCareDto): FamilyCareValues {
  return {
    provider: dto.provider,
    referredOn: dto.referredOn,
    firstContactOn: dto.firstContactOn,
    referrerPresent: dto.isReferrerPresent === null ? 'unknown' : dto.isReferrerPresent ? 'yes' : 'no',
  };
}

/** The form's values as the API takes them; null while the provider is still missing. */
export function familyCareBody(v: FamilyCareValues): FamilyCareDetails | null {
  if (!v.provider.trim()) return null;
  return {
    provider: v.provider.trim(),
    referredOn: v.referredOn,
    firstContactOn: v.firstContactOn,
    isReferrerPresent: v.referrerPresent === 'unknown' ? null : v.referrerPresent === 'yes',
  };
}

/** R5: the provider, the referral to it, its first contact (within 5 days) and the referrer at the first talk. */
export function FamilyCareFields({
  value,
  onChange,
  errorOf = () => undefined,
}: {
  value: FamilyCareValues;
  onChange: (next: FamilyCareValues) => void;
  /** The server's message for a detail, asked by its path in the request (`familyCare.referredOn`). */
  errorOf?: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<FamilyCareValues>) => onChange({ ...value, ...patch });
  return (
    <Stack gap="sm">
      <TextInput
        label={t('trajectories.familyCare.provider')}
        required
        value={value.provider}
        onChange={(e) => set({ provider: e.currentTarget.value })}
        error={errorOf('familyCare.provider')}
      />
      <Group grow align="flex-start">
        <DateField
          label={t('trajectories.familyCare.referredOn')}
          description={t('trajectories.familyCare.referredOnHint')}
          maxDate={todayIso()}
          value={value.referredOn}
          onChange={(referredOn) => set({ referredOn })}
          error={errorOf('familyCare.referredOn')}
        />
        <DateField
          label={t('trajectories.familyCare.firstContactOn')}
          description={t('trajectories.familyCare.firstContactHint')}
          minDate={value.referredOn ?? undefined}
          maxDate={todayIso()}
          value={value.firstContactOn}
          onChange={(firstContactOn) => set({ firstContactOn })}
          error={errorOf('familyCare.firstContactOn')}
        />
      </Group>
      <Radio.Group
        label={t('trajectories.familyCare.referrerPresent')}
        value={value.referrerPresent}
        onChange={(v) => set({ referrerPresent: v as FamilyCareValues['referrerPresent'] })}
      >
        <Group gap="md" mt={4}>
          <Radio value="unknown" label={t('trajectories.familyCare.unknown')} />
          <Radio value="yes" label={t('trajectories.familyCare.yes')} />
          <Radio value="no" label={t('trajectories.familyCare.no')} />
        </Group>
      </Radio.Group>
    </Stack>
  );
}
