import { Checkbox, NativeSelect, Table, Text } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderChoiceDto } from '../../../../contracts/notifications';
import { EMAIL_DELIVERIES, type EmailDelivery } from '../../../../domain/reminders';
import { FormShell } from '../../../components/ui/form-shell';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { useReminderPreferences, useSaveReminderPreferences } from '../hooks/use-notifications';

/** Issue 12 point 6: per kind of reminder, in eenplan and/or by e-mail (each, or one digest a day). */
export function ReminderPreferencesCard() {
  const { t } = useTranslation();
  const preferences = useReminderPreferences();
  const save = useSaveReminderPreferences();
  const problems = useFormProblems(['choices']);
  const [choices, setChoices] = useState<ReminderChoiceDto[]>([]);
  const [isSaved, setIsSaved] = useState(false);
  useEffect(() => {
    if (preferences.data) setChoices(preferences.data.choices);
  }, [preferences.data]);

  const change = (kind: ReminderChoiceDto['kind'], patch: Partial<ReminderChoiceDto>) => {
    setIsSaved(false);
    setChoices((all) => all.map((c) => (c.kind === kind ? { ...c, ...patch } : c)));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({ choices }, { onSuccess: () => setIsSaved(true), onError: problems.fromServer });
  };

  return (
    <SectionCard title={t('notifications.preferences.title')}>
      <Text size="sm" mb="sm">
        {t('notifications.preferences.intro')}
      </Text>
      <QueryState query={preferences}>
        {() => (
          <FormShell onSubmit={onSubmit} problems={problems} isPending={save.isPending}>
            <Table aria-label={t('notifications.preferences.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('notifications.preferences.kind')}</Table.Th>
                  <Table.Th>{t('notifications.preferences.inApp')}</Table.Th>
                  <Table.Th>{t('notifications.preferences.email')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {choices.map((choice) => {
                  const label = t(`notifications.kinds.${choice.kind}`);
                  return (
                    <Table.Tr key={choice.kind}>
                      <Table.Td>{label}</Table.Td>
                      <Table.Td>
                        <Checkbox
                          checked={choice.inApp}
                          onChange={(event) => change(choice.kind, { inApp: event.currentTarget.checked })}
                          aria-label={`${label}: ${t('notifications.preferences.inApp')}`}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect
                          value={choice.email}
                          onChange={(event) =>
                            change(choice.kind, { email: event.currentTarget.value as EmailDelivery })
                          }
                          aria-label={`${label}: ${t('notifications.preferences.email')}`}
                          data={EMAIL_DELIVERIES.map((value) => ({
                            value,
                            label: t(`notifications.preferences.emailChoices.${value}`),
                          }))}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            {isSaved ? (
              <Text size="sm" c="green.8" role="status">
                {t('notifications.preferences.saved')}
              </Text>
            ) : null}
          </FormShell>
        )}
      </QueryState>
    </SectionCard>
  );
}
