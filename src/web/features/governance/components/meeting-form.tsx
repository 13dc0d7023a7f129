import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MeetingDto, MeetingInput } from '../../../../contracts/governance/meetings';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { isApiError } from '../../../lib/api';
import { planMeeting, updateMeeting } from '../api/governance-api';
import { useGovernanceMutation } from '../hooks/use-governance';

type Values = {
  title: string;
  date: string | null;
  startTime: string;
  endTime: string;
  location: string;
  onlineLink: string;
  firstItem: string;
};

/**
 * Plans a meeting (date, place or link, time) or moves it. R15: the items the previous meeting
 * did not reach and the open to-dos come onto the new agenda by themselves.
 */
export function MeetingForm({
  bodyId,
  meeting,
  onDone,
}: {
  bodyId: string;
  meeting?: MeetingDto;
  onDone: (meeting: MeetingDto) => void;
}) {
  const { t } = useTranslation();
  const save = useGovernanceMutation((v: Values) => {
    const fields = {
      title: v.title || null,
      date: v.date as string,
      startTime: v.startTime || null,
      endTime: v.endTime || null,
      location: v.location || null,
      onlineLink: v.onlineLink || null,
    };
    return meeting
      ? updateMeeting(meeting.id, fields)
      : planMeeting({
          ...fields,
          bodyId,
          agenda: v.firstItem ? [{ title: v.firstItem }] : [],
        } satisfies MeetingInput);
  });
  const form = useForm<Values>({
    initialValues: {
      title: meeting?.title ?? '',
      date: meeting?.date ?? todayIso(),
      startTime: meeting?.startTime ?? '14:00',
      endTime: meeting?.endTime ?? '16:00',
      location: meeting?.location ?? '',
      onlineLink: meeting?.onlineLink ?? '',
      firstItem: '',
    },
    validate: { date: (v) => (v ? null : t('errors:validation.date')) },
  });
  const submit = form.onSubmit((values) =>
    save.mutate(values, {
      onSuccess: onDone,
      onError: (error) => {
        if (isApiError(error)) {
          for (const p of error.fieldProblems) form.setFieldError(p.field, p.message);
          if (error.code === 'GOVERNANCE_MEETING_ENDS_BEFORE_START')
            form.setFieldError('endTime', error.message);
        }
      },
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.error && isApiError(save.error) && !save.error.fieldProblems.length ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        <DateField
          label={t('governance.meeting.date')}
          required
          {...form.getInputProps('date')}
          value={form.values.date}
          onChange={(v) => form.setFieldValue('date', v)}
        />
        <SimpleGrid cols={2}>
          <TimeInput label={t('governance.meeting.startTime')} {...form.getInputProps('startTime')} />
          <TimeInput label={t('governance.meeting.endTime')} {...form.getInputProps('endTime')} />
        </SimpleGrid>
        <TextInput label={t('governance.meeting.location')} {...form.getInputProps('location')} />
        <TextInput
          label={t('governance.meeting.onlineLink')}
          placeholder="https://"
          type="url"
          {...form.getInputProps('onlineLink')}
        />
        <TextInput
          label={t('governance.meeting.title')}
          description={t('governance.meeting.titleHint')}
          {...form.getInputProps('title')}
        />
        {meeting ? null : (
          <TextInput
            label={t('governance.meeting.firstItem')}
            description={t('governance.meeting.firstItemHint')}
            {...form.getInputProps('firstItem')}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {meeting ? t('governance.save') : t('governance.meeting.plan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
