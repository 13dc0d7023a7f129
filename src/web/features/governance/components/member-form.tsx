import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  BODY_MEMBER_ROLES,
  type BodyMemberDto,
  type BodyMemberInput,
} from '../../../../contracts/governance/bodies';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { isApiError } from '../../../lib/api';
import { useOrganisations } from '../../../lib/reference-data';
import { addMember, updateMember } from '../api/governance-api';
import { useGovernanceMutation, usePeople } from '../hooks/use-governance';

type Values = {
  userId: string | null;
  name: string;
  organisationId: string | null;
  organisationName: string;
  role: BodyMemberInput['role'];
  from: string | null;
  to: string | null;
  deputyName: string;
  deputyUserId: string | null;
};

/** A member of a body: the person (with their eenplan account, so they see the body), organisation, role, from–to, deputy. */
export function MemberForm({
  bodyId,
  member,
  onDone,
}: {
  bodyId: string;
  member?: BodyMemberDto;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const people = usePeople(true);
  const organisations = useOrganisations();
  const save = useGovernanceMutation((body: BodyMemberInput) =>
    member ? updateMember(bodyId, member.id, body) : addMember(bodyId, body),
  );
  const form = useForm<Values>({
    initialValues: {
      userId: member?.userId ?? null,
      name: member?.name ?? '',
      organisationId: member?.organisation?.id ?? null,
      organisationName: member?.organisation && !member.organisation.id ? member.organisation.name : '',
      role: member?.role ?? 'member',
      from: member?.from ?? todayIso(),
      to: member?.to ?? null,
      deputyName: member?.deputy?.name ?? '',
      deputyUserId: member?.deputy?.userId ?? null,
    },
    validate: {
      name: (v) => (v.trim() ? null : t('errors:validation.required')),
      from: (v) => (v ? null : t('errors:validation.date')),
    },
  });
  const personOptions = (people.data ?? []).map((p) => ({
    value: p.userId,
    label: p.organisation ? `${p.displayName} (${p.organisation.name})` : p.displayName,
  }));
  const pickPerson = (userId: string | null) => {
    form.setFieldValue('userId', userId);
    const person = people.data?.find((p) => p.userId === userId);
    if (person) {
      form.setFieldValue('name', person.displayName);
      if (person.organisation) form.setFieldValue('organisationId', person.organisation.id);
    }
  };
  const submit = form.onSubmit((v) =>
    save.mutate(
      {
        userId: v.userId,
        name: v.name,
        organisationId: v.organisationId,
        organisationName: v.organisationId ? null : v.organisationName || null,
        role: v.role,
        from: v.from as string,
        to: v.to,
        deputyName: v.deputyName || null,
        deputyUserId: v.deputyName ? v.deputyUserId : null,
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (isApiError(error)) for (const p of error.fieldProblems) form.setFieldError(p.field, p.message);
        },
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.error && !isApiError(save.error, 'VALIDATION_FAILED') ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        <Select
          label={t('governance.member.account')}
          description={t('governance.member.accountHint')}
          searchable
          clearable
          data={personOptions}
          value={form.values.userId}
          onChange={pickPerson}
        />
        <TextInput label={t('governance.member.name')} required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('governance.member.organisation')}
            searchable
            clearable
            data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            {...form.getInputProps('organisationId')}
          />
          <TextInput
            label={t('governance.member.otherOrganisation')}
            disabled={Boolean(form.values.organisationId)}
            {...form.getInputProps('organisationName')}
          />
        </SimpleGrid>
        <Select
          label={t('governance.member.role')}
          required
          allowDeselect={false}
          data={BODY_MEMBER_ROLES.map((r) => ({ value: r, label: t(`codes:governanceMemberRole.${r}`) }))}
          {...form.getInputProps('role')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={t('governance.member.from')}
            required
            {...form.getInputProps('from')}
            value={form.values.from}
            onChange={(v) => form.setFieldValue('from', v)}
          />
          <DateField
            label={t('governance.member.to')}
            {...form.getInputProps('to')}
            value={form.values.to}
            onChange={(v) => form.setFieldValue('to', v)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('governance.member.deputy')} {...form.getInputProps('deputyName')} />
          <Select
            label={t('governance.member.deputyAccount')}
            searchable
            clearable
            disabled={!form.values.deputyName}
            data={personOptions}
            {...form.getInputProps('deputyUserId')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('governance.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
