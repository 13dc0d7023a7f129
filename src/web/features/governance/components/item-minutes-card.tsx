import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemDto, MeetingDto } from '../../../../contracts/governance/meetings';
import type { DecisionDto } from '../../../../contracts/governance/outcomes';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { recordDecision } from '../api/governance-api';
import { AdviceRoundPanel } from './advice-round-panel';
import { EvaluationBadge } from './badges';
import { DecisionForm } from './decision-form';
import { Dialog } from './dialog';
import { AdviceRoundForm, ItemMinutesForm } from './item-minutes-form';
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
