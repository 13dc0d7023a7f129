import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MeetingDto, PreviousMinutesBody } from '../../../../contracts/governance/meetings';
import { PREVIOUS_MINUTES_APPROVALS } from '../../../../contracts/governance/meetings';
import { SectionCard } from '../../../components/ui/section-card';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { recordPreviousMinutes } from '../api/governance-api';
import { useMeetingMutation } from '../hooks/use-governance';
import { TodoItems } from './todo-items';

/** Item 1: the previous minutes approved (with corrections) and the follow-up of their TO DO's (R15). */
export function PreviousMinutesCard({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const previous = meeting.previousMeeting;
  const current = meeting.minutes?.previousMinutes;
  const save = useMeetingMutation(meeting.id, (body: PreviousMinutesBody) =>
    recordPreviousMinutes(meeting.id, body),
  );
  const form = useForm<{
    approval: PreviousMinutesBody['approval'];
    corrections: string;
    followUpNotes: string;
  }>({
    initialValues: {
      approval: current?.approval ?? 'approved',
      corrections: current?.corrections ?? '',
      followUpNotes: current?.followUpNotes ?? '',
    },
  });
  if (!previous) return null;
  const submit = form.onSubmit((v) =>
    save.mutate(
      { approval: v.approval, corrections: v.corrections || null, followUpNotes: v.followUpNotes || null },
      {
        onError: (error) => {
          if (isApiError(error, 'GOVERNANCE_CORRECTIONS_REQUIRED'))
            form.setFieldError('corrections', error.message);
        },
      },
    ),
  );
  return (
    <SectionCard title={`1. ${t('governance.minutes.previousTitle', { date: formatDate(previous.date) })}`}>
      <Stack gap="md">
        {meeting.canManage ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              {save.error && !isApiError(save.error, 'GOVERNANCE_CORRECTIONS_REQUIRED') ? (
                <Alert color="red" role="alert">
                  {save.error.message}
                </Alert>
              ) : null}
              <Radio.Group label={t('governance.minutes.approval')} {...form.getInputProps('approval')}>
                <Group gap="md" mt="xs">
                  {PREVIOUS_MINUTES_APPROVALS.map((a) => (
                    <Radio key={a} value={a} label={t(`codes:governanceApproval.${a}`)} />
                  ))}
                </Group>
              </Radio.Group>
              {form.values.approval === 'approvedWithCorrections' ? (
                <Textarea
                  label={t('governance.minutes.corrections')}
                  required
                  autosize
                  minRows={2}
                  {...form.getInputProps('corrections')}
                />
              ) : null}
              <Textarea
                label={t('governance.minutes.followUpNotes')}
                autosize
                minRows={2}
                {...form.getInputProps('followUpNotes')}
              />
              <Group justify="flex-end">
                <Button type="submit" variant="light" loading={save.isPending}>
                  {t('governance.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : current ? (
          <Stack gap={4}>
            <Text size="sm">{t(`codes:governanceApproval.${current.approval}`)}</Text>
            {current.corrections ? <Text size="sm">{current.corrections}</Text> : null}
            {current.followUpNotes ? <Text size="sm">{current.followUpNotes}</Text> : null}
          </Stack>
        ) : null}
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('governance.minutes.followUpTodos')}
          </Text>
          {meeting.followUpTodos.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('governance.todo.noneOpen')}
            </Text>
          ) : (
            <TodoItems todos={meeting.followUpTodos} canManage={meeting.canManage} />
          )}
        </Stack>
      </Stack>
    </SectionCard>
  );
}
