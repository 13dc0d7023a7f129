import { Alert, Badge, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AdviceDto,
  AdviceRoundDto,
  ObjectionClosingBody,
} from '../../../../contracts/governance/advice';
import { closeObjection } from '../api/governance-api';
import { useGovernanceMutation } from '../hooks/use-governance';

const KIND_COLORS: Record<AdviceDto['kind'], string> = {
  positive: 'green',
  positiveWithAmendment: 'teal',
  principledObjection: 'red',
  personalObjection: 'yellow',
};

export function AdviceDetail({ advice }: { advice: AdviceDto }) {
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

/** R14: a principled objection is resolved or withdrawn; it stays on record. */
export function CloseObjectionForm({
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
