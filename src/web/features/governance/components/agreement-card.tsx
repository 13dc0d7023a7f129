import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementDto, SignatureInput } from '../../../../contracts/governance/outcomes';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { recordSignature } from '../api/governance-api';
import { useGovernanceMutation } from '../hooks/use-governance';
import { Dialog } from './dialog';

function SignatureForm({ agreement, onDone }: { agreement: AgreementDto; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useGovernanceMutation((body: SignatureInput) => recordSignature(agreement.id, body));
  const form = useForm<{
    organisationId: string | null;
    signedOn: string | null;
    signedByName: string;
    signedByRole: string;
  }>({
    initialValues: {
      organisationId: agreement.notSigned[0]?.id ?? null,
      signedOn: todayIso(),
      signedByName: '',
      signedByRole: '',
    },
    validate: {
      organisationId: (v) => (v ? null : t('errors:validation.required')),
      signedOn: (v) => (v ? null : t('errors:validation.date')),
      signedByName: (v) => (v.trim() ? null : t('errors:validation.required')),
    },
  });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        save.mutate(
          {
            organisationId: v.organisationId as string,
            signedOn: v.signedOn as string,
            signedByName: v.signedByName,
            signedByRole: v.signedByRole || null,
          },
          { onSuccess: onDone },
        ),
      )}
      noValidate
    >
      <Stack gap="sm">
        {save.error ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        <Select
          label={t('governance.agreement.organisation')}
          required
          data={agreement.notSigned.map((o) => ({ value: o.id, label: o.name }))}
          {...form.getInputProps('organisationId')}
        />
        <DateField
          label={t('governance.agreement.signedOn')}
          required
          maxDate={todayIso()}
          {...form.getInputProps('signedOn')}
          value={form.values.signedOn}
          onChange={(v) => form.setFieldValue('signedOn', v)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('governance.agreement.signedBy')}
            required
            {...form.getInputProps('signedByName')}
          />
          <TextInput label={t('governance.agreement.signedByRole')} {...form.getInputProps('signedByRole')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('governance.agreement.recordSignature')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One version of an engagement declaration or collaboration agreement: commitments, who signed, who not. */
export function AgreementCard({ agreement, canManage }: { agreement: AgreementDto; canManage: boolean }) {
  const { t } = useTranslation();
  const [isSigning, setSigning] = useState(false);
  return (
    <SectionCard
      title={
        <Group gap="sm" component="span">
          {t(`codes:governanceAgreementKind.${agreement.kind}`)} {agreement.version}
          {agreement.isCurrent ? (
            <Badge color="green" variant="light" radius="sm">
              {t('governance.agreement.current')}
            </Badge>
          ) : null}
        </Group>
      }
    >
      <Stack gap="sm">
        <Text size="sm">
          {agreement.title} · {t('governance.agreement.validFrom', { date: formatDate(agreement.validFrom) })}
        </Text>
        <Text size="sm" fw={600}>
          {t('governance.agreement.commitments')}
        </Text>
        <List size="sm">
          {agreement.commitments.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
        {agreement.notSigned.length > 0 ? (
          <Alert
            color={agreement.isCurrent ? 'orange' : 'gray'}
            variant="light"
            title={t('governance.agreement.notSigned', { count: agreement.notSigned.length })}
          >
            {agreement.notSigned.map((o) => o.name).join(', ')}
          </Alert>
        ) : (
          <Text size="sm" c="green.9">
            {t('governance.agreement.allSigned')}
          </Text>
        )}
        {agreement.signatures.length > 0 ? (
          <Table fz="sm" verticalSpacing={4}>
            <Table.Caption>
              {t('governance.agreement.signatures', { version: agreement.version })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('governance.agreement.organisation')}</Table.Th>
                <Table.Th>{t('governance.agreement.signedOn')}</Table.Th>
                <Table.Th>{t('governance.agreement.signedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreement.signatures.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.organisation.name}</Table.Td>
                  <Table.Td>{formatDate(s.signedOn)}</Table.Td>
                  <Table.Td>
                    {s.signedByName}
                    {s.signedByRole ? ` (${s.signedByRole})` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {canManage && agreement.notSigned.length > 0 ? (
          <Group>
            <Button variant="light" size="xs" onClick={() => setSigning(true)}>
              {t('governance.agreement.recordSignature')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <Dialog
        opened={isSigning}
        onClose={() => setSigning(false)}
        title={t('governance.agreement.recordSignatureFor', { version: agreement.version })}
      >
        <SignatureForm agreement={agreement} onDone={() => setSigning(false)} />
      </Dialog>
    </SectionCard>
  );
}
