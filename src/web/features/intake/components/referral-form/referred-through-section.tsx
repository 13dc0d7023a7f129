import { Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { REFERRED_THROUGH_KINDS } from '../../../../../contracts/network';
import { SectionCard } from '../../../../components/ui/section-card';
import { useCodeLabels } from '../../../../lib/labels';
import type { ReferralFormValues } from './form-values';

type SectionProps = { form: UseFormReturnType<ReferralFormValues> };

/** R9: the partner or initiative the family came through, apart from who registers. */
export function ReferredThroughSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  return (
    <SectionCard title={t('referralForm.referredThrough.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('referralForm.referredThrough.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('referralForm.referredThrough.kind')}
          placeholder={t('referralForm.referredThrough.none')}
          clearable
          searchable
          data={REFERRED_THROUGH_KINDS.map((k) => ({ value: k, label: labels.organisationKind(k) }))}
          {...form.getInputProps('referredThrough.kind')}
        />
        <TextInput
          label={t('referralForm.referredThrough.name')}
          disabled={!form.values.referredThrough.kind}
          {...form.getInputProps('referredThrough.name')}
        />
      </SimpleGrid>
    </SectionCard>
  );
}
