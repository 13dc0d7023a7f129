import { Badge, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryDto } from '../../../../contracts/voice';
import { formatDateTime } from '../../../lib/format';

/** The family's own words, each beside what it is about, with its earlier wordings. */
export function EntryList({
  entries,
  showNew,
  actions,
}: {
  entries: EntryDto[];
  showNew?: boolean;
  actions?: (entry: EntryDto) => ReactNode;
}) {
  const { t } = useTranslation();
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('voice.words.none')}
      </Text>
    );
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {[...entries].reverse().map((e) => (
        <Paper key={e.id} component="li" withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed">
            {t(`voice.subject.${e.subject}`)}
            {e.about ? `: ${e.about}` : ''}
          </Text>
          <Text size="sm" td={e.withdrawnAt ? 'line-through' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
            “{e.text}”
          </Text>
          <Text size="xs" c="dimmed">
            {e.author} · {formatDateTime(e.createdAt)}
            {e.history.length > 0 ? ` · ${t('voice.words.edited')}` : ''}
            {e.withdrawnAt ? ` · ${t('voice.words.withdrawn', { at: formatDateTime(e.withdrawnAt) })}` : ''}{' '}
            {showNew && e.isNew && !e.withdrawnAt ? (
              <Badge size="xs" color="orange">
                {t('voice.new')}
              </Badge>
            ) : null}
          </Text>
          {e.history.length > 0 ? (
            <details>
              <summary style={{ fontSize: 'var(--mantine-font-size-xs)' }}>
                {t('voice.words.history')}
              </summary>
              {e.history.map((h) => (
                <Text key={h.createdAt} size="xs" c="dimmed">
                  {formatDateTime(h.createdAt)}: “{h.text}”
                </Text>
              ))}
            </details>
          ) : null}
          {actions && !e.withdrawnAt ? actions(e) : null}
        </Paper>
      ))}
    </Stack>
  );
}
