import { Autocomplete, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS } from '../../../../../contracts/network';
import { SectionCard } from '../../../../components/ui/section-card';
import { useCodeLabels } from '../../../../lib/labels';
import { useOrganisations } from '../../../../lib/reference-data';
import type { ReferralFormValues } from './form-values';

type SectionProps = { form: UseFormReturnType<ReferralFormValues> };

export function RegistrantSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const organisations = useOrganisations();
  const kind = form.values.registrant.organisationKind;
  // Suggestions: the known partners, those of the chosen kind first.
  // A deactivated partner (issue 12) no longer registers referrals.
  const known = (organisations.data ?? []).filter((o) => o.isActive);
  const suggestions = [...new Set([...known.filter((o) => o.kind === kind), ...known].map((o) => o.name))];

  const pickOrganisation = (name: string) => {
    const organisation = known.find((o) => o.name === name);
    if (organisation && !kind) form.setFieldValue('registrant.organisationKind', organisation.kind);
  };

  return (
    <SectionCard title={t('referralForm.registrant.title')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('referralForm.registrant.organisationKind')}
            required
            searchable
            data={ORGANISATION_KINDS.map((k) => ({ value: k, label: labels.organisationKind(k) }))}
            {...form.getInputProps('registrant.organisationKind')}
          />
          <Autocomplete
            label={t('referralForm.registrant.organisationName')}
            required
            data={suggestions}
            limit={8}
            onOptionSubmit={pickOrganisation}
            {...form.getInputProps('registrant.organisationName')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('referralForm.registrant.contactName')}
            autoComplete="off"
            {...form.getInputProps('registrant.contactName')}
          />
          <TextInput
            label={t('referralForm.registrant.contactEmail')}
            type="email"
            autoComplete="off"
            {...form.getInputProps('registrant.contactEmail')}
          />
          <TextInput
            label={t('referralForm.registrant.contactPhone')}
            type="tel"
            autoComplete="off"
            {...form.getInputProps('registrant.contactPhone')}
          />
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}
