import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AccountDto, inviteBody, rolesBody } from '../../../../contracts/accounts';
import { LOCALES } from '../../../../contracts/common';
import { ROLES } from '../../../../domain/roles';
import { serverErrors, zodFieldErrors } from '../../../lib/form-errors';
import { useCodeLabels } from '../../../lib/labels';
import { useOrganisations } from '../../../lib/reference-data';
import { useChangeRoles, useInvitePerson } from '../hooks/use-accounts';

// Each language in its own name: the person reads it, whatever language the inviter uses.
const NATIVE_NAMES = { nl: 'Nederlands', en: 'English', fr: 'Français' } as const;
const FIELDS = ['email', 'displayName', 'roles', 'organisationId', 'locale'] as const;
type Values = {
  email: string;
  displayName: string;
  roles: string[];
  organisationId: string | null;
  locale: string;
};

/** Issue 12: invite a person (new), or change the roles and organisation of one (existing). */
export function AccountModal({
  account,
  opened,
  onClose,
}: {
  account: AccountDto | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={account ? t('people.changeRoles') : t('people.invite')}
      size="lg"
    >
      {opened ? <AccountForm account={account} onDone={onClose} /> : null}
    </Modal>
  );
}

function AccountForm({ account, onDone }: { account: AccountDto | null; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const organisations = useOrganisations();
  const invite = useInvitePerson();
  const change = useChangeRoles();
  const [general, setGeneral] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      email: account?.email ?? '',
      displayName: account?.displayName ?? '',
      roles: account?.roles ?? [],
      organisationId: account?.organisation?.id ?? null,
      locale: account?.locale ?? 'nl',
    },
  });
  const onError = (error: unknown) => {
    const { fieldErrors, general: message } = serverErrors(error, FIELDS, t);
    form.setErrors(fieldErrors);
    setGeneral(message);
  };
  const submit = form.onSubmit((values) => {
    setGeneral(null);
    if (account) {
      const parsed = rolesBody.safeParse(
        { roles: values.roles, organisationId: values.organisationId },
        { reportInput: true },
      );
      if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
      return change.mutate({ id: account.id, body: parsed.data }, { onSuccess: onDone, onError });
    }
    const parsed = inviteBody.safeParse(values, { reportInput: true });
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
    invite.mutate(parsed.data, { onSuccess: onDone, onError });
  });
  const active = (organisations.data ?? []).filter((o) => o.isActive || o.id === account?.organisation?.id);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {general ? (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        ) : null}
        <TextInput
          label={t('people.email')}
          type="email"
          required
          disabled={Boolean(account)}
          {...form.getInputProps('email')}
        />
        <TextInput
          label={t('people.name')}
          required
          disabled={Boolean(account)}
          {...form.getInputProps('displayName')}
        />
        <MultiSelect
          label={t('people.roles')}
          required
          searchable
          data={ROLES.map((r) => ({ value: r, label: labels.role(r) }))}
          {...form.getInputProps('roles')}
        />
        <Select
          label={t('people.organisation')}
          description={t('people.organisationHint')}
          clearable
          searchable
          data={active.map((o) => ({ value: o.id, label: o.name }))}
          {...form.getInputProps('organisationId')}
        />
        {account ? null : (
          <Select
            label={t('people.language')}
            data={LOCALES.map((l) => ({ value: l, label: NATIVE_NAMES[l] }))}
            {...form.getInputProps('locale')}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={invite.isPending || change.isPending}>
            {account ? t('people.save') : t('people.sendInvitation')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
