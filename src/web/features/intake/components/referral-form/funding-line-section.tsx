import { SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../domain/dates';
import { FundingLineSelect } from '../../../../components/reference/funding-line-select';
import { DateField } from '../../../../components/ui/date-field';
import { SectionCard } from '../../../../components/ui/section-card';
import { useFundingLines } from '../../../../lib/reference-data';
import type { ReferralFormValues } from './form-values';

type SectionProps = { form: UseFormReturnType<ReferralFormValues> };

export function FundingLineSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const lines = useFundingLines();
  const chosen = lines.data?.find((line) => line.code === form.values.fundingLine);
  return (
    <SectionCard title={t('referralForm.fundingLine.title')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <FundingLineSelect
          activeOnly
          label={t('referralForm.fundingLine.label')}
          required
          description={
            chosen
              ? t('referralForm.fundingLine.answerTarget', { count: chosen.answerTargetWorkingDays })
              : undefined
          }
          {...form.getInputProps('fundingLine')}
        />
        <DateField
          label={t('referralForm.receivedOn')}
          maxDate={todayIso()}
          {...form.getInputProps('receivedOn')}
          value={form.values.receivedOn}
          onChange={(value) => form.setFieldValue('receivedOn', value)}
        />
      </SimpleGrid>
    </SectionCard>
  );
}
