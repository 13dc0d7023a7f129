import { Button, Checkbox, Fieldset, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES } from '../../../../../contracts/intake';
import { DateField } from '../../../../components/ui/date-field';
import { useCodeLabels } from '../../../../lib/labels';
import type { MemberFormValue, ReferralFormValues } from './form-values';

type MemberFieldsetProps = {
  form: UseFormReturnType<ReferralFormValues>;
  index: number;
  canRemove: boolean;
};

export function MemberFieldset({ form, index, canRemove }: MemberFieldsetProps) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const member = form.values.members[index] as MemberFormValue;
  const path = `members.${index}`;
  const legend = t('referralForm.family.member', { number: index + 1 });

  return (
    <Fieldset legend={legend} variant="filled" radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <Select
          label={t('referralForm.family.role')}
          required
          allowDeselect={false}
          data={MEMBER_ROLES.map((r) => ({ value: r, label: labels.memberRole(r) }))}
          {...form.getInputProps(`${path}.role`)}
          onChange={(role) => {
            form.setFieldValue(`${path}.role`, role as MemberFormValue['role']);
            if (role !== 'child') form.setFieldValue(`${path}.isUnborn`, false);
          }}
        />
        <TextInput label={t('referralForm.family.givenName')} {...form.getInputProps(`${path}.givenName`)} />
        <TextInput
          label={t('referralForm.family.familyName')}
          {...form.getInputProps(`${path}.familyName`)}
        />
        <DateField
          label={member.isUnborn ? t('referralForm.family.dueDate') : t('referralForm.family.birthDate')}
          error={form.errors[`${path}.date`]}
          value={member.date}
          onChange={(value) => form.setFieldValue(`${path}.date`, value)}
        />
      </SimpleGrid>
      <Group justify="space-between" mt="sm">
        {member.role === 'child' ? (
          <Checkbox
            label={t('referralForm.family.unborn')}
            {...form.getInputProps(`${path}.isUnborn`, { type: 'checkbox' })}
          />
        ) : (
          <span />
        )}
        {canRemove ? (
          <Button
            variant="subtle"
            color="red"
            size="compact-sm"
            onClick={() => form.removeListItem('members', index)}
          >
            {t('referralForm.family.removeMember', { number: index + 1 })}
          </Button>
        ) : null}
      </Group>
    </Fieldset>
  );
}
