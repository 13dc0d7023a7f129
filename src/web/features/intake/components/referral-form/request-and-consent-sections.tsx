import { Checkbox, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../../components/ui/section-card';
import type { ReferralFormValues } from './form-values';

type SectionProps = { form: UseFormReturnType<ReferralFormValues> };

export function RequestForHelpSection({ form }: SectionProps) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('referralForm.requestForHelp.title')}>
      <Textarea
        label={t('referralForm.requestForHelp.label')}
        description={t('referralForm.requestForHelp.hint')}
        required
        autosize
        minRows={4}
        maxRows={14}
        {...form.getInputProps('requestForHelp')}
      />
    </SectionCard>
  );
}

export function ConsentSection({ form }: SectionProps) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('referralForm.consent.title')}>
      <Checkbox
        label={t('referralForm.consent.label')}
        description={t('referralForm.consent.hint')}
        required
        {...form.getInputProps('consentToRefer', { type: 'checkbox' })}
      />
    </SectionCard>
  );
}
