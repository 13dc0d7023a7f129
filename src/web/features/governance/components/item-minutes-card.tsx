import { Alert, Button, Group, List, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AdviceRoundInput,
  AgendaItemDto,
  DecisionDto,
  MeetingDto,
} from '../../../../contracts/governance';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { openAdviceRound, recordDecision, updateAgendaItem } from '../api/governance-api';
import { useGovernanceMutation, useMeetingMutation } from '../hooks/use-governance';
import { AdviceRoundPanel } from './advice-round-panel';
import { EvaluationBadge } from './badges';
import { DecisionForm } from './decision-form';
import { Dialog } from './dialog';
import { TodoForm } from './todo-form';
import { TodoItems } from './todo-items';

function DecisionList({ decisions }: { decisions: DecisionDto[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {decisions.map((d) => (
        <Stack key={d.id} gap={2}>
          <Group gap="xs">
            <Text size="sm" fw={700}>
              {t('governance.decision.label')}
            </Text>
            <EvaluationBadge state={d.evaluationState} />
          </Group>
          <Text size="sm">{d.text}</Text>
          {d.evaluateOn ? (
            <Text size="xs" c="dimmed">
              {t('governance.decision.evaluatedWhen', {
                label: d.evaluationLabel ?? '',
                date: formatDate(d.evaluateOn),
              })}
            </Text>
          ) : null}
        </Stack>
      ))}
    </Stack>
  );
}

function ItemMinutesForm({
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

function AdviceRoundForm({
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

type OpenDialog = 'advice' | 'decision' | 'todo' | null;

/** One item of the minutes: notes, "Reactie SG", advice, decision, TO DO — or "not reached". */
export function ItemMinutesCard({
  meeting,
  item,
  owners,
}: {
  meeting: MeetingDto;
  item: AgendaItemDto | null;
  owners: string[];
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const itemId = item?.id ?? null;
  const bodyLabel = meeting.body.abbreviation ?? meeting.body.name;
  const rounds = meeting.adviceRounds.filter((r) => (r.agendaItem?.id ?? null) === itemId);
  // A round's decision shows inside the round.
  const decisions = meeting.decisions.filter(
    (d) => (d.agendaItem?.id ?? null) === itemId && !d.adviceRoundId,
  );
  const todos = meeting.todos.filter((td) => (td.agendaItem?.id ?? null) === itemId);
  if (!item && rounds.length + decisions.length + todos.length === 0 && !meeting.canManage) return null;
  const title = item
    ? `${item.number}. ${item.title}${item.presenter ? ` – ${item.presenter}` : ''}`
    : t('governance.minutes.other');
  return (
    <SectionCard title={title}>
      <Stack gap="md">
        {item && meeting.canManage ? (
          <ItemMinutesForm meeting={meeting} item={item} bodyLabel={bodyLabel} />
        ) : null}
        {item && !meeting.canManage ? (
          item.outcome === 'notReached' ? (
            <Text size="sm" fs="italic">
              {t('governance.minutes.notReached')}
            </Text>
          ) : (
            <Stack gap="xs">
              {item.notes ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {item.notes}
                </Text>
              ) : null}
              {item.reactions && item.reactions.length > 0 ? (
                <>
                  <Text size="sm" fw={600}>
                    {t('governance.minutes.reactionsLabel', { body: bodyLabel })}
                  </Text>
                  <List size="sm">
                    {item.reactions.map((r) => (
                      <List.Item key={r}>{r}</List.Item>
                    ))}
                  </List>
                </>
              ) : null}
            </Stack>
          )
        ) : null}
        {rounds.map((round) => (
          <AdviceRoundPanel key={round.id} round={round} canManage={meeting.canManage} />
        ))}
        {decisions.length > 0 ? <DecisionList decisions={decisions} /> : null}
        {todos.length > 0 ? (
          <Stack gap="xs">
            <Text size="sm" fw={700}>
              {t('governance.todo.label')}
            </Text>
            <TodoItems todos={todos} canManage={meeting.canManage} />
          </Stack>
        ) : null}
        {meeting.canManage ? (
          <Group gap="sm">
            <Button variant="default" size="xs" onClick={() => setDialog('advice')}>
              {t('governance.advice.start')}
            </Button>
            <Button variant="default" size="xs" onClick={() => setDialog('decision')}>
              {t('governance.decision.add')}
            </Button>
            <Button variant="default" size="xs" onClick={() => setDialog('todo')}>
              {t('governance.todo.add')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <Dialog
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        size="lg"
        title={dialog ? t(`governance.minutes.dialog.${dialog}`, { title }) : ''}
      >
        {dialog === 'advice' ? (
          <AdviceRoundForm meeting={meeting} item={item} onDone={() => setDialog(null)} />
        ) : null}
        {dialog === 'decision' ? (
          <DecisionForm
            defaultDate={meeting.date}
            save={(body) => recordDecision({ ...body, meetingId: meeting.id, agendaItemId: itemId })}
            onDone={() => setDialog(null)}
          />
        ) : null}
        {dialog === 'todo' ? (
          <TodoForm
            context={{ meetingId: meeting.id, agendaItemId: itemId }}
            owners={owners}
            onDone={() => setDialog(null)}
          />
        ) : null}
      </Dialog>
    </SectionCard>
  );
}
