import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceDto, AdviceRoundDto } from '../../../../contracts/governance/advice';
import { formatDate } from '../../../lib/format';
import { decideAdviceRound } from '../api/governance-api';
import { AdviceDetail, CloseObjectionForm } from './advice-detail';
import { AdviceForm } from './advice-form';
import { EvaluationBadge } from './badges';
import { DecisionForm } from './decision-form';
import { Dialog } from './dialog';

type OpenDialog =
  | { kind: 'advice'; memberId: string; name: string; advice: AdviceDto | null }
  | { kind: 'close'; advice: AdviceDto; name: string }
  | { kind: 'decide' }
  | null;

/** R14: an advice round, every member's advice, the objections that block, and the decision. */
export function AdviceRoundPanel({
  round,
  canManage,
  headingOrder = 3,
}: {
  round: AdviceRoundDto;
  canManage: boolean;
  headingOrder?: 3 | 4;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const isOpen = round.status === 'open';
  const { summary } = round;
  const hasActions = isOpen && (canManage || round.members.some((m) => m.isMe));
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg="gray.0"
      component="section"
      aria-label={t('governance.advice.roundNamed', { title: round.title })}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={headingOrder} size="h5">
              {t('governance.advice.round')}: {round.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t('governance.advice.openedOn', { date: formatDate(round.openedOn) })} ·{' '}
              {t('governance.advice.given', { given: summary.given, asked: summary.given + summary.missing })}
            </Text>
          </div>
          <Badge color={isOpen ? 'blue' : 'green'} variant="light" radius="sm">
            {isOpen ? t('governance.advice.open') : t('governance.advice.decided')}
          </Badge>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {round.proposal}
        </Text>
        {isOpen && summary.blocking > 0 ? (
          <Alert color="red" variant="light" role="status" title={t('governance.advice.blockedTitle')}>
            {t('governance.advice.blocked', { count: summary.blocking })}
          </Alert>
        ) : null}
        <Table fz="sm" verticalSpacing={6}>
          <Table.Caption>{t('governance.advice.caption', { title: round.title })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('governance.member.name')}</Table.Th>
              <Table.Th>{t('governance.advice.advice')}</Table.Th>
              {hasActions ? <Table.Th>{t('governance.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.members.map((m) => {
              const canAdvise = isOpen && (canManage || m.isMe);
              return (
                <Table.Tr key={m.memberId}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {m.name}
                    </Text>
                    {m.organisationName ? (
                      <Text size="xs" c="dimmed">
                        {m.organisationName}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {m.advice ? (
                      <AdviceDetail advice={m.advice} />
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('governance.advice.none')}
                      </Text>
                    )}
                  </Table.Td>
                  {hasActions ? (
                    <Table.Td>
                      <Group gap={4}>
                        {canAdvise ? (
                          <Button
                            variant="subtle"
                            size="compact-sm"
                            onClick={() =>
                              setDialog({
                                kind: 'advice',
                                memberId: m.memberId,
                                name: m.name,
                                advice: m.advice,
                              })
                            }
                            aria-label={t('governance.advice.giveFor', { name: m.name })}
                          >
                            {m.advice ? t('governance.advice.change') : t('governance.advice.give')}
                          </Button>
                        ) : null}
                        {isOpen && m.advice?.objectionStatus === 'open' && (canManage || m.isMe) ? (
                          <Button
                            variant="subtle"
                            size="compact-sm"
                            c="red.9"
                            onClick={() =>
                              setDialog({ kind: 'close', advice: m.advice as AdviceDto, name: m.name })
                            }
                            aria-label={t('governance.advice.closeFor', { name: m.name })}
                          >
                            {t('governance.advice.close')}
                          </Button>
                        ) : null}
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {round.decision ? (
          <Stack gap={2}>
            <Group gap="xs">
              <Text size="sm" fw={700}>
                {t('governance.decision.label')}
              </Text>
              <EvaluationBadge state={round.decision.evaluationState} />
            </Group>
            <Text size="sm">{round.decision.text}</Text>
            {round.decision.evaluateOn ? (
              <Text size="xs" c="dimmed">
                {t('governance.decision.evaluatedWhen', {
                  label: round.decision.evaluationLabel ?? '',
                  date: formatDate(round.decision.evaluateOn),
                })}
              </Text>
            ) : null}
          </Stack>
        ) : canManage && isOpen ? (
          <Group justify="flex-end">
            <Button onClick={() => setDialog({ kind: 'decide' })}>{t('governance.advice.decide')}</Button>
          </Group>
        ) : null}
      </Stack>
      <Dialog
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        size="lg"
        title={
          dialog?.kind === 'advice'
            ? t('governance.advice.formTitle', { name: dialog.name })
            : dialog?.kind === 'close'
              ? t('governance.advice.closeTitle', { name: dialog.name })
              : t('governance.advice.decideTitle', { title: round.title })
        }
      >
        {dialog?.kind === 'advice' ? (
          <AdviceForm
            roundId={round.id}
            memberId={dialog.memberId}
            advice={dialog.advice}
            onDone={() => setDialog(null)}
          />
        ) : dialog?.kind === 'close' ? (
          <CloseObjectionForm round={round} advice={dialog.advice} onDone={() => setDialog(null)} />
        ) : dialog?.kind === 'decide' ? (
          <DecisionForm
            defaultDate={round.meeting?.date ?? round.openedOn}
            save={(body) => decideAdviceRound(round.id, body)}
            onDone={() => setDialog(null)}
          />
        ) : null}
      </Dialog>
    </Paper>
  );
}
