import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceDto, AdviceRoundDto, ObjectionClosingBody } from '../../../../contracts/governance';
import { formatDate } from '../../../lib/format';
import { closeObjection, decideAdviceRound } from '../api/governance-api';
import { useGovernanceMutation } from '../hooks/use-governance';
import { AdviceForm } from './advice-form';
import { EvaluationBadge } from './badges';
import { DecisionForm } from './decision-form';
import { Dialog } from './dialog';

const KIND_COLORS: Record<AdviceDto['kind'], string> = {
  positive: 'green',
  positiveWithAmendment: 'teal',
  principledObjection: 'red',
  personalObjection: 'yellow',
};

function AdviceDetail({ advice }: { advice: AdviceDto }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Badge
          color={KIND_COLORS[advice.kind]}
          variant={advice.objectionStatus === 'open' ? 'filled' : 'light'}
          radius="sm"
        >
          {t(`codes:governanceAdvice.${advice.kind}`)}
        </Badge>
        {advice.objectionStatus ? (
          <Badge color={advice.objectionStatus === 'open' ? 'red' : 'gray'} variant="outline" radius="sm">
            {t(`codes:governanceObjection.${advice.objectionStatus}`)}
          </Badge>
        ) : null}
      </Group>
      {advice.amendment ? <Text size="sm">{advice.amendment}</Text> : null}
      {advice.againstVisionAndValues ? (
        <Text size="sm">
          <strong>{t('governance.advice.visionShort')}:</strong> {advice.againstVisionAndValues}
        </Text>
      ) : null}
      {advice.harmToClientsOrStakeholders ? (
        <Text size="sm">
          <strong>{t('governance.advice.harmShort')}:</strong> {advice.harmToClientsOrStakeholders}
        </Text>
      ) : null}
      {advice.objection ? <Text size="sm">{advice.objection}</Text> : null}
      {advice.followUp ? (
        <Text size="sm">
          <strong>{t('governance.advice.followUp')}:</strong> {advice.followUp}
        </Text>
      ) : null}
      {advice.resolutionNote ? (
        <Text size="sm" c="dimmed">
          {advice.resolutionNote}
        </Text>
      ) : null}
    </Stack>
  );
}

function CloseObjectionForm({
  round,
  advice,
  onDone,
}: {
  round: AdviceRoundDto;
  advice: AdviceDto;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ObjectionClosingBody['outcome']>('withdrawn');
  const [note, setNote] = useState('');
  const close = useGovernanceMutation((body: ObjectionClosingBody) =>
    closeObjection(round.id, advice.id, body),
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        close.mutate({ outcome, note: note || null }, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        {close.error ? (
          <Alert color="red" role="alert">
            {close.error.message}
          </Alert>
        ) : null}
        <Radio.Group
          label={t('governance.advice.closeHow')}
          value={outcome}
          onChange={(v) => setOutcome(v as typeof outcome)}
        >
          <Group gap="md" mt="xs">
            <Radio value="withdrawn" label={t('codes:governanceObjection.withdrawn')} />
            <Radio value="resolved" label={t('codes:governanceObjection.resolved')} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('governance.advice.closeNote')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={close.isPending}>
            {t('governance.advice.close')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

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
