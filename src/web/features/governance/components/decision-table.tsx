import { Alert, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/governance/outcomes';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { RouterAnchor } from '../../../components/ui/router-links';
import { formatDate } from '../../../lib/format';
import { updateDecision } from '../api/governance-api';
import { useGovernanceMutation } from '../hooks/use-governance';
import { EvaluationBadge } from './badges';
import { Dialog } from './dialog';

function EvaluateForm({ decision, onDone }: { decision: DecisionDto; onDone: () => void }) {
  const { t } = useTranslation();
  const [evaluatedOn, setDate] = useState<string | null>(todayIso());
  const [note, setNote] = useState('');
  const save = useGovernanceMutation(() =>
    updateDecision(decision.id, { evaluatedOn, evaluationNote: note || null }),
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(undefined, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        {save.error ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        <Text size="sm">{decision.text}</Text>
        <DateField
          label={t('governance.decision.evaluatedOn')}
          required
          maxDate={todayIso()}
          value={evaluatedOn}
          onChange={setDate}
        />
        <Textarea
          label={t('governance.decision.evaluationNote')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} disabled={!evaluatedOn}>
            {t('governance.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** R14: the decision register, with when each decision is evaluated. */
export function DecisionTable({ decisions, canManage }: { decisions: DecisionDto[]; canManage: boolean }) {
  const { t } = useTranslation();
  const [evaluating, setEvaluating] = useState<DecisionDto | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="xs" fz="sm" striped>
          <Table.Caption>{t('governance.decision.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('governance.decision.decidedOn')}</Table.Th>
              <Table.Th>{t('governance.decision.text')}</Table.Th>
              <Table.Th>{t('governance.meeting.body')}</Table.Th>
              <Table.Th>{t('governance.decision.evaluation')}</Table.Th>
              {canManage ? <Table.Th>{t('governance.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {decisions.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(d.decidedOn)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{d.text}</Text>
                  {d.evaluationNote ? (
                    <Text size="xs" c="dimmed">
                      {d.evaluationNote}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{d.body.name}</Text>
                  {d.meeting ? (
                    <RouterAnchor to="/governance/meetings/$id" params={{ id: d.meeting.id }} size="xs">
                      {t('governance.todo.fromMeeting', { date: formatDate(d.meeting.date) })}
                    </RouterAnchor>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {d.evaluateOn ? (
                    <Text size="sm">
                      {formatDate(d.evaluateOn)}
                      {d.evaluationLabel ? ` (${d.evaluationLabel})` : ''}
                    </Text>
                  ) : null}
                  <EvaluationBadge state={d.evaluationState} />
                </Table.Td>
                {canManage ? (
                  <Table.Td>
                    {d.evaluateOn && !d.evaluatedOn ? (
                      <Button variant="subtle" size="compact-sm" onClick={() => setEvaluating(d)}>
                        {t('governance.decision.evaluate')}
                      </Button>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Dialog
        opened={evaluating !== null}
        onClose={() => setEvaluating(null)}
        title={t('governance.decision.evaluateTitle')}
      >
        {evaluating ? <EvaluateForm decision={evaluating} onDone={() => setEvaluating(null)} /> : null}
      </Dialog>
    </>
  );
}
