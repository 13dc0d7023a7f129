import { Alert, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type CollaborationDto, inviteCoordinatorBody } from '../../../../contracts/collaborations';
import { LOCALES } from '../../../../contracts/common';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { zodFieldErrors } from '../../../lib/form-errors';
import { useInviteCoordinator } from '../hooks/use-collaborations';

const FIELDS = ['email', 'displayName', 'locale'] as const;
type Values = { email: string; displayName: string; locale: string };

/** Issue 15: the first coordinator of a collaboration, invited by e-mail to set a password. */
export function InviteCoordinatorModal({
  collaboration,
  onClose,
}: {
  collaboration: CollaborationDto;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const invite = useInviteCoordinator();
  const problems = useFormProblems(FIELDS);
  const form = useForm<Values>({ initialValues: { email: '', displayName: '', locale: 'nl' } });

  const submit = form.onSubmit((values) => {
    problems.clear();
    const parsed = inviteCoordinatorBody.safeParse(values, { reportInput: true });
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
    invite.mutate(
      { id: collaboration.id, body: parsed.data },
      { onError: (error) => form.setErrors(problems.fromServer(error)) },
    );
  });

  return (
    <FormDialog
      title={t('platform.invite.title', { collaboration: collaboration.name })}
      onClose={onClose}
      onSubmit={submit}
      problems={problems}
      isPending={invite.isPending}
      isSubmitDisabled={invite.isSuccess}
      submitLabel={t('platform.invite.save')}
    >
      {invite.isSuccess ? (
        <Alert color="green" role="status">
          {t('platform.invite.sent', { email: invite.data.email })}
        </Alert>
      ) : null}
      <TextInput label={t('platform.invite.email')} type="email" required {...form.getInputProps('email')} />
      <TextInput label={t('platform.invite.name')} required {...form.getInputProps('displayName')} />
      <Select
        label={t('platform.invite.locale')}
        data={LOCALES.map((l) => ({ value: l, label: t(`platform.invite.locales.${l}`) }))}
        allowDeselect={false}
        {...form.getInputProps('locale')}
      />
    </FormDialog>
  );
}
