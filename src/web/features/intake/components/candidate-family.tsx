import { Badge, Group, List, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PossibleDuplicateDto } from '../../../../contracts/intake';
import { formatDate } from '../../../lib/format';
import { useCodeLabels } from '../../../lib/labels';

type CandidateFamilyProps = { candidate: PossibleDuplicateDto; actions: ReactNode };

/** A known family that may be the same as this one: why, who is in it, how often it came. */
export function CandidateFamily({ candidate, actions }: CandidateFamilyProps) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  return (
    <Paper withBorder p="sm" radius="md" bg="white">
      <Group gap={6} mb={6}>
        {candidate.reasons.map((reason) => (
          <Badge key={reason} color="orange" variant="light" radius="sm" size="sm">
            {labels.duplicateReason(reason)}
          </Badge>
        ))}
      </Group>
      <List size="sm" spacing={2}>
        {candidate.members.map((m) => {
          const name = [m.givenName, m.familyName].filter(Boolean).join(' ') || t('common.anonymous');
          const date = m.birthDate
            ? t('duplicates.born', { date: formatDate(m.birthDate) })
            : m.dueDate
              ? t('duplicates.due', { date: formatDate(m.dueDate) })
              : '';
          return (
            <List.Item key={m.id}>
              {labels.memberRole(m.role)}: {name}
              {date ? ` (${date})` : ''}
            </List.Item>
          );
        })}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        {t('duplicates.history', { count: candidate.referralCount })}
        {candidate.lastReceivedOn
          ? ` · ${t('duplicates.lastReceived', { date: formatDate(candidate.lastReceivedOn) })}`
          : ''}
      </Text>
      <Group gap="xs" mt="sm">
        {actions}
      </Group>
    </Paper>
  );
}
