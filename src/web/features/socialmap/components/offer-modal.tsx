import { Group, MultiSelect, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type OfferDto, offerInput } from '../../../../contracts/socialmap';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { zodFieldErrors } from '../../../lib/form-errors';
import { useOrganisations, useServedZones } from '../../../lib/reference-data';
import { useSaveOffer } from '../hooks/use-social-map';

const FIELDS = [
  'organisationId',
  'service',
  'targetGroup',
  'ageFrom',
  'ageTo',
  'zoneCodes',
  'howToRefer',
  'contact',
  'reportedWaitWeeks',
  'waitReportedOn',
] as const;

type Values = {
  organisationId: string;
  service: string;
  targetGroup: string;
  ageFrom: number | string;
  ageTo: number | string;
  zoneCodes: string[];
  howToRefer: string;
  contact: string;
  reportedWaitWeeks: number | string;
  waitReportedOn: string | null;
};

const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));

/** Issue 14 point 1: put a partner's service on the social map, or change it (its waiting time). */
export function OfferModal({ current, onClose }: { current: OfferDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const zones = useServedZones();
  const save = useSaveOffer();
  const problems = useFormProblems(FIELDS);
  const form = useForm<Values>({
    initialValues: {
      organisationId: current?.organisationId ?? '',
      service: current?.service ?? '',
      targetGroup: current?.targetGroup ?? '',
      ageFrom: current?.ageFrom ?? '',
      ageTo: current?.ageTo ?? '',
      zoneCodes: current?.zoneCodes ?? [],
      howToRefer: current?.howToRefer ?? '',
      contact: current?.contact ?? '',
      reportedWaitWeeks: current?.reportedWaitWeeks ?? '',
      waitReportedOn: current?.waitReportedOn ?? null,
    },
  });

  const submit = form.onSubmit((values) => {
    problems.clear();
    const parsed = offerInput.safeParse(
      {
        ...values,
        ageFrom: numberOrNull(values.ageFrom),
        ageTo: numberOrNull(values.ageTo),
        reportedWaitWeeks: numberOrNull(values.reportedWaitWeeks),
      },
      { reportInput: true },
    );
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
    save.mutate(
      { current, body: parsed.data },
      { onSuccess: onClose, onError: (error) => form.setErrors(problems.fromServer(error)) },
    );
  });

  const partners = (organisations.data ?? [])
    .filter((o) => o.isActive || o.id === current?.organisationId)
    .map((o) => ({ value: o.id, label: o.name }));

  return (
    <FormDialog
      title={current ? t('socialMap.editOffer') : t('socialMap.addOffer')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problems={problems}
      isPending={save.isPending}
      submitLabel={t('socialMap.save')}
    >
      <Select
        label={t('socialMap.organisation')}
        required
        searchable
        data={partners}
        {...form.getInputProps('organisationId')}
      />
      <TextInput label={t('socialMap.service')} required {...form.getInputProps('service')} />
      <TextInput label={t('socialMap.targetGroup')} {...form.getInputProps('targetGroup')} />
      <Group grow>
        <NumberInput label={t('socialMap.ageFrom')} min={0} max={120} {...form.getInputProps('ageFrom')} />
        <NumberInput label={t('socialMap.ageTo')} min={0} max={120} {...form.getInputProps('ageTo')} />
      </Group>
      <MultiSelect
        label={t('socialMap.zones')}
        description={t('socialMap.zonesHint')}
        data={(zones.data ?? []).map((z) => ({ value: z.code, label: z.name }))}
        {...form.getInputProps('zoneCodes')}
      />
      <Textarea
        label={t('socialMap.howToRefer')}
        autosize
        minRows={2}
        {...form.getInputProps('howToRefer')}
      />
      <TextInput label={t('socialMap.contact')} {...form.getInputProps('contact')} />
      <Group grow align="flex-start">
        <NumberInput
          label={t('socialMap.reportedWaitWeeks')}
          min={0}
          max={520}
          {...form.getInputProps('reportedWaitWeeks')}
        />
        <DateField
          label={t('socialMap.waitReportedOn')}
          value={form.values.waitReportedOn}
          onChange={(value) => form.setFieldValue('waitReportedOn', value)}
          error={form.errors.waitReportedOn}
        />
      </Group>
    </FormDialog>
  );
}
