import { Alert, Button, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { AdviceRoundInput } from '../../../../contracts/governance/advice';
import type { AgendaItemDto, MeetingDto } from '../../../../contracts/governance/meetings';
import { openAdviceRound, updateAgendaItem } from '../api/governance-api';
import { useGovernanceMutation, useMeetingMutation } from '../hooks/use-governance';

/** The minutes of one item: discussed or not reached, notes, and the body's reactions. */
export function ItemMinutesForm({
  meeting,
  item,
  bodyLabel,
}: {
  meeting: MeetingDto;
  item: AgendaItemDto;
  bodyLabel: string;
}) {
  const { t } = useTranslation();
  const save = useMeetingMutation(
    meeting.id,
    (v: { outcome: 'discussed' | 'notReached'; notes: string; reactions: string }) =>
      updateAgendaItem(meeting.id, item.id, {
        outcome: v.outcome,
        notes: v.notes || null,
        reactions: v.reactions
          .split('\n')
          .map((r) => r.replace(/^\s*[-•]\s*/, '').trim())
          .filter(Boolean),
      }),
  );
  const form = useForm({
    initialValues: {
      outcome: (item.outcome === 'notReached' ? 'notReached' : 'discussed') as 'discussed' | 'notReached',
      notes: item.notes ?? '',
      reactions: (item.reactions ?? []).join('\n'),
    },
  });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        save.mutate(v, {
          onSuccess: () => notifications.show({ color: 'green', message: t('governance.minutes.itemSaved') }),
        }),
      )}
      noValidate
    >
      <Stack gap="sm">
        {save.error ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        <Radio.Group label={t('governance.minutes.outcome')} {...form.getInputProps('outcome')}>
          <Group gap="md" mt="xs">
            <Radio value="discussed" label={t('codes:governanceItemOutcome.discussed')} />
            <Radio value="notReached" label={t('codes:governanceItemOutcome.notReached')} />
          </Group>
        </Radio.Group>
        {form.values.outcome === 'discussed' ? (
          <>
            <Textarea
              label={t('governance.minutes.notes')}
              autosize
              minRows={3}
              {...form.getInputProps('notes')}
            />
            <Textarea
              label={t('governance.minutes.reactions', { body: bodyLabel })}
              description={t('governance.minutes.reactionsHint')}
              autosize
              minRows={2}
              {...form.getInputProps('reactions')}
            />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('governance.minutes.notReachedHint')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={save.isPending}>
            {t('governance.minutes.saveItem')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** R14: puts the item's proposal to the members for advice. */
export function AdviceRoundForm({
  meeting,
  item,
  onDone,
}: {
  meeting: MeetingDto;
  item: AgendaItemDto | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const open = useGovernanceMutation((body: AdviceRoundInput) => openAdviceRound(body));
  const form = useForm({
    initialValues: { title: item?.title ?? '', proposal: '' },
    validate: {
      title: (v) => (v.trim() ? null : t('errors:validation.required')),
      proposal: (v) => (v.trim() ? null : t('errors:validation.required')),
    },
  });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        open.mutate({ ...v, meetingId: meeting.id, agendaItemId: item?.id ?? null }, { onSuccess: onDone }),
      )}
      noValidate
    >
      <Stack gap="sm">
        {open.error ? (
          <Alert color="red" role="alert">
            {open.error.message}
          </Alert>
        ) : null}
        <TextInput label={t('governance.advice.title')} required {...form.getInputProps('title')} />
        <Textarea
          label={t('governance.advice.proposal')}
          required
          autosize
          minRows={3}
          {...form.getInputProps('proposal')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={open.isPending}>
            {t('governance.advice.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
