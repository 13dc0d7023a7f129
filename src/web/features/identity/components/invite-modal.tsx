import { MultiSelect, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AccountDto, inviteBody, rolesBody } from '../../../../contracts/accounts';
import { LOCALES } from '../../../../contracts/common';
import { isPlatformRole, ROLES } from '../../../../domain/roles';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { zodFieldErrors } from '../../../lib/form-errors';
import { useCodeLabels } from '../../../lib/labels';
import { recordChangedOf } from '../../../lib/record-changed';
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
  return opened ? <AccountForm account={account} onDone={onClose} /> : null;
}

function AccountForm({ account, onDone }: { account: AccountDto | null; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const organisations = useOrganisations();
  const invite = useInvitePerson();
  const change = useChangeRoles();
  const problems = useFormProblems(FIELDS);
  // ADR 020, 040: the version the change starts from; a change by someone else meanwhile is shown.
  const [baseVersion, setBaseVersion] = useState(account?.version ?? 1);
  const form = useForm<Values>({
    initialValues: {
      email: account?.email ?? '',
      displayName: account?.displayName ?? '',
      roles: account?.roles ?? [],
      organisationId: account?.organisation?.id ?? null,
      locale: account?.locale ?? 'nl',
    },
  });
  const onError = (error: unknown) => form.setErrors(problems.fromServer(error));
  const submit = form.onSubmit((values) => {
    problems.clear();
    if (account) {
      const parsed = rolesBody.safeParse(
        { roles: values.roles, organisationId: values.organisationId, baseVersion },
        { reportInput: true },
      );
      if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
      return change.mutate(
        { id: account.id, body: parsed.data },
        {
          onSuccess: onDone,
          onError: (error) => {
            const changed = recordChangedOf(error);
            if (changed) {
              const current = changed.current as AccountDto;
              form.setValues({ roles: current.roles, organisationId: current.organisation?.id ?? null });
              setBaseVersion(changed.currentVersion);
            }
            onError(error);
          },
        },
      );
    }
    const parsed = inviteBody.safeParse(values, { reportInput: true });
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
    invite.mutate(parsed.data, { onSuccess: onDone, onError });
  });
  const active = (organisations.data ?? []).filter((o) => o.isActive || o.id === account?.organisation?.id);
  return (
    <FormDialog
      title={account ? t('people.changeRoles') : t('people.invite')}
      size="lg"
      onClose={onDone}
      onSubmit={submit}
      problems={problems}
      isPending={invite.isPending || change.isPending}
      submitLabel={account ? t('people.save') : t('people.sendInvitation')}
    >
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
        data={ROLES.filter((r) => !isPlatformRole(r)).map((r) => ({ value: r, label: labels.role(r) }))}
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
    </FormDialog>
  );
}
