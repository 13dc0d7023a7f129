import { Badge, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyMessageDto } from '../../../../contracts/voice';
import { MESSAGE_MAX_LENGTH } from '../../../../domain/family-voice';
import { FormShell } from '../../../components/ui/form-shell';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { formatDateTime } from '../../../lib/format';

const FIELDS = ['text'] as const;

/**
 * One plain thread per family (R16): the family's messages and its workers' replies, oldest
 * first, and a box to write. `mine`: which side the reader is on (their messages sit right).
 */
export function MessageThread({
  messages,
  mine,
  send,
  isPending,
  label,
}: {
  messages: FamilyMessageDto[];
  mine: 'family' | 'worker';
  send: (text: string, done: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  isPending: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const problems = useFormProblems(FIELDS);
  const [text, setText] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    problems.clear();
    send(text.trim(), { onSuccess: () => setText(''), onError: problems.fromServer });
  };
  return (
    <Stack gap="sm">
      {messages.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('voice.messages.none')}
        </Text>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {messages.map((m) => (
            <Paper
              key={m.id}
              component="li"
              withBorder
              p="xs"
              radius="md"
              bg={m.from === mine ? 'blue.0' : undefined}
              style={{ alignSelf: m.from === mine ? 'flex-end' : 'flex-start', maxWidth: '90%' }}
            >
              <Text size="xs" c="dimmed">
                {m.author} · {formatDateTime(m.createdAt)}{' '}
                {mine === 'worker' && m.from === 'family' && !m.readAt ? (
                  <Badge size="xs" color="orange">
                    {t('voice.new')}
                  </Badge>
                ) : null}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {m.text}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      <FormShell
        onSubmit={submit}
        problems={problems}
        isPending={isPending}
        submitLabel={t('voice.messages.send')}
        isSubmitDisabled={!text.trim()}
      >
        <Textarea
          label={label}
          autosize
          minRows={2}
          maxLength={MESSAGE_MAX_LENGTH}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={problems.fieldError('text')}
        />
      </FormShell>
    </Stack>
  );
}
