import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CorrectionDto } from '../../../../contracts/voice';
import { formatDateTime } from '../../../lib/format';

const STATUS_COLOR = { open: 'orange', accepted: 'green', declined: 'gray' } as const;

/** Correction requests with their answers, as both sides read them: nothing changed silently. */
export function CorrectionList({
  corrections,
  onAnswer,
}: {
  corrections: CorrectionDto[];
  onAnswer?: (correction: CorrectionDto) => void;
}) {
  const { t } = useTranslation();
  if (corrections.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('voice.corrections.none')}
      </Text>
    );
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {[...corrections].reverse().map((c) => (
        <Paper key={c.id} component="li" withBorder p="sm" radius="md">
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {t(`voice.subject.${c.subject}`)}
              {c.planVersion ? ` · ${t('voice.planVersion', { version: c.planVersion })}` : ''}
            </Text>
            <Badge color={STATUS_COLOR[c.status]}>{t(`voice.corrections.status.${c.status}`)}</Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {c.member} · {formatDateTime(c.createdAt)}
          </Text>
          <Text size="sm">
            <strong>{t('voice.corrections.original')}:</strong> {c.originalText ?? '—'}
          </Text>
          <Text size="sm">
            <strong>{t('voice.corrections.why')}:</strong> {c.reason}
          </Text>
          {c.proposedText ? (
            <Text size="sm">
              <strong>{t('voice.corrections.proposed')}:</strong> {c.proposedText}
            </Text>
          ) : null}
          {c.answer ? (
            <Paper bg="gray.0" p="xs" mt="xs" radius="sm">
              <Text size="xs" c="dimmed">
                {t('voice.corrections.answeredBy', { name: c.answer.by })} · {formatDateTime(c.answer.at)}
              </Text>
              {c.answer.correctedText ? (
                <Text size="sm">
                  <strong>{t('voice.corrections.nowReads')}:</strong> {c.answer.correctedText}
                  {c.answer.correctedInVersion
                    ? ` (${t('voice.planVersion', { version: c.answer.correctedInVersion })})`
                    : ''}
                </Text>
              ) : null}
              {c.answer.reason ? <Text size="sm">{c.answer.reason}</Text> : null}
            </Paper>
          ) : onAnswer ? (
            <Group justify="flex-end" mt="xs">
              <Button size="xs" onClick={() => onAnswer(c)}>
                {t('voice.corrections.answer')}
              </Button>
            </Group>
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}
