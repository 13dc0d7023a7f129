import { MultiSelect, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { createCollaborationBody } from '../../../../contracts/collaborations';
import { PARTNER_ORGANISATION_KINDS } from '../../../../domain/organisation-kinds';
import { FormShell } from '../../../components/ui/form-shell';
import { SectionCard } from '../../../components/ui/section-card';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { zodFieldErrors } from '../../../lib/form-errors';
import { useCodeLabels } from '../../../lib/labels';
import { useCreateCollaboration, useInstallationZones } from '../hooks/use-collaborations';

const FIELDS = ['name', 'zones', 'leadPartner.name', 'leadPartner.kind'] as const;
type Values = { name: string; zones: string[]; leadPartner: { name: string; kind: string } };

/**
 * Issue 15: a new collaboration of the installation. A zone another collaboration serves is shown
 * with its name and cannot be picked: a zone belongs to one collaboration (the server says so too).
 */
export function CollaborationForm() {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const headingId = useId();
  const zones = useInstallationZones();
  const create = useCreateCollaboration();
  const problems = useFormProblems(FIELDS);
  const initialValues: Values = { name: '', zones: [], leadPartner: { name: '', kind: '' } };
  const form = useForm<Values>({ initialValues });

  const submit = form.onSubmit((values) => {
    problems.clear();
    const parsed = createCollaborationBody.safeParse(values, { reportInput: true });
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
    create.mutate(parsed.data, {
      onSuccess: () => form.setValues(initialValues),
      onError: (error) => form.setErrors(problems.fromServer(error)),
    });
  });

  const zoneOptions = (zones.data ?? []).map((z) => ({
    value: z.code,
    label: z.collaboration
      ? t('platform.zoneTaken', { zone: z.name, collaboration: z.collaboration.name })
      : `${z.name} (${z.code})`,
    disabled: z.collaboration !== null,
  }));

  return (
    <SectionCard title={<span id={headingId}>{t('platform.create.title')}</span>}>
      <FormShell
        onSubmit={submit}
        problems={problems}
        isPending={create.isPending}
        submitLabel={t('platform.create.save')}
        labelledBy={headingId}
      >
        <TextInput label={t('platform.create.name')} required {...form.getInputProps('name')} />
        <MultiSelect
          label={t('platform.create.zones')}
          description={t('platform.create.zonesHint')}
          required
          searchable
          data={zoneOptions}
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('zones')}
        />
        <TextInput
          label={t('platform.create.leadPartnerName')}
          required
          {...form.getInputProps('leadPartner.name')}
        />
        <Select
          label={t('platform.create.leadPartnerKind')}
          required
          data={PARTNER_ORGANISATION_KINDS.map((k) => ({ value: k, label: labels.organisationKind(k) }))}
          {...form.getInputProps('leadPartner.kind')}
        />
      </FormShell>
    </SectionCard>
  );
}
