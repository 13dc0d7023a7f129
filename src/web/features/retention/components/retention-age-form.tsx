import { NumberInput, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionSettingsDto } from '../../../../contracts/retention';
import { FormShell } from '../../../components/ui/form-shell';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { useSaveRetentionSettings } from '../hooks/use-retention';

/** R30: the age until which the collaboration keeps its files (35 by law, 25 to 75). */
export function RetentionAgeForm({ settings }: { settings: RetentionSettingsDto }) {
  const { t } = useTranslation();
  const [age, setAge] = useState<number | string>(settings.retentionAge);
  const problems = useFormProblems(['retentionAge']);
  const save = useSaveRetentionSettings();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problems.clear();
    save.mutate(
      { retentionAge: Number(age), baseVersion: settings.version },
      { onError: (error) => problems.fromServer(error) },
    );
  };
  return (
    <FormShell onSubmit={onSubmit} problems={problems} isPending={save.isPending}>
      <NumberInput
        label={t('retention.age')}
        description={t('retention.ageHelp', {
          min: settings.minAge,
          max: settings.maxAge,
          default: settings.defaultAge,
        })}
        value={age}
        onChange={(value) => {
          setAge(value);
          problems.clear('retentionAge');
        }}
        min={settings.minAge}
        max={settings.maxAge}
        allowDecimal={false}
        error={problems.fieldError('retentionAge')}
        w={{ base: '100%', sm: 240 }}
      />
      {settings.updatedBy ? (
        <Text size="xs" c="dimmed">
          {t('retention.updatedBy', { name: settings.updatedBy })}
        </Text>
      ) : null}
    </FormShell>
  );
}
