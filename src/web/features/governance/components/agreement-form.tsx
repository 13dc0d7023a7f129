import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, type AgreementInput } from '../../../../contracts/governance/outcomes';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { createAgreement } from '../api/governance-api';
import { useGovernanceMutation } from '../hooks/use-governance';

/** A new version of the engagement declaration or collaboration agreement; every partner signs it again. */
export function AgreementForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const save = useGovernanceMutation(createAgreement);
  const form = useForm<{
    kind: AgreementInput['kind'];
    version: string;
    title: string;
    validFrom: string | null;
    commitments: string;
  }>({
    initialValues: {
      kind: 'engagementDeclaration',
      version: '',
      title: '',
      validFrom: todayIso(),
      commitments: '',
    },
    validate: {
      version: (v) => (v.trim() ? null : t('errors:validation.required')),
      title: (v) => (v.trim() ? null : t('errors:validation.required')),
      validFrom: (v) => (v ? null : t('errors:validation.date')),
      commitments: (v) => (v.trim() ? null : t('errors:validation.required')),
    },
  });
  const submit = form.onSubmit((v) =>
    save.mutate(
      {
        kind: v.kind,
        version: v.version,
        title: v.title,
        validFrom: v.validFrom as string,
        commitments: v.commitments
          .split('\n')
          .map((c) => c.replace(/^\s*[-•]\s*/, '').trim())
          .filter(Boolean),
      },
      { onSuccess: onDone },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.error ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        <Select
          label={t('governance.agreement.kind')}
          allowDeselect={false}
          data={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`codes:governanceAgreementKind.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('governance.agreement.version')} required {...form.getInputProps('version')} />
          <DateField
            label={t('governance.agreement.validFromLabel')}
            required
            {...form.getInputProps('validFrom')}
            value={form.values.validFrom}
            onChange={(v) => form.setFieldValue('validFrom', v)}
          />
        </SimpleGrid>
        <TextInput label={t('governance.agreement.title')} required {...form.getInputProps('title')} />
        <Textarea
          label={t('governance.agreement.commitments')}
          description={t('governance.agreement.commitmentsHint')}
          required
          autosize
          minRows={4}
          {...form.getInputProps('commitments')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('governance.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
