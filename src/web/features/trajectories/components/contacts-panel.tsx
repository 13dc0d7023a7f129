import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useContacts, useTrajectories } from '../hooks/use-trajectories';
import { ContactModal } from './contact-modal';

/**
 * The contacts with the family, newest first; notes kept from the family are marked (R28). The
 * page may add to each contact (`extra`): the R27/R28 marks, which another feature keeps.
 */
export function ContactsPanel({
  familyId,
  participantSuggestions,
  extra,
}: {
  familyId: string;
  participantSuggestions: string[];
  extra?: (contactId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const contacts = useContacts(familyId);
  const trajectories = useTrajectories(familyId);
  const [isAdding, setAdding] = useState(false);
  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button onClick={() => setAdding(true)}>{t('contacts.add')}</Button>
      </Group>
      <QueryState query={contacts}>
        {(items) =>
          items.length === 0 ? (
            <Alert color="blue">{t('contacts.none')}</Alert>
          ) : (
            <Stack gap="sm">
              {items.map((c) => (
                <Paper key={c.id} withBorder p="sm" radius="md" component="article">
                  <Group justify="space-between" align="flex-start">
                    <Text size="sm" fw={600}>
                      {formatDate(c.occurredOn)} · {labels.contactKind(c.kind)} ·{' '}
                      {t('contacts.minutes', { count: c.durationMinutes })}
                    </Text>
                    {c.hiddenFromFamily ? (
                      <Badge color="red.9" variant="light" radius="sm">
                        {t('contacts.notForFamily', { reason: labels.hiddenReason(c.hiddenFromFamily) })}
                      </Badge>
                    ) : null}
                  </Group>
                  {c.participants.length > 0 ? (
                    <Text size="xs" c="dimmed">
                      {t('contacts.with', { names: c.participants.join(', ') })}
                    </Text>
                  ) : null}
                  {c.note ? (
                    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                      {c.note}
                    </Text>
                  ) : null}
                  <Text size="xs" c="dimmed" mt={4}>
                    {t('contacts.recordedBy', { name: c.recordedBy })}
                  </Text>
                  {extra?.(c.id)}
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryState>
      {isAdding ? (
        <ContactModal
          familyId={familyId}
          trajectories={trajectories.data ?? []}
          participantSuggestions={participantSuggestions}
          onClose={() => setAdding(false)}
        />
      ) : null}
    </Stack>
  );
}
