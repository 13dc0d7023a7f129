import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFileDto } from '../../../../contracts/families';
import { todayIso } from '../../../../domain/dates';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useCan } from '../../../lib/session';
import { useAssignableTeam, useAssignWorker, useEndAssignment } from '../hooks/use-family';

/** Who works with the family; the coordinator assigns liaison workers and coaches (ADR 010). */
export function AssignmentsCard({ file }: { file: FamilyFileDto }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const canAssign = useCan('family:assign');
  const team = useAssignableTeam(canAssign);
  const assign = useAssignWorker(file.id);
  const end = useEndAssignment(file.id);
  const [userId, setUserId] = useState<string | null>(null);
  const active = file.assignments.filter((a) => a.isActive);
  const past = file.assignments.filter((a) => !a.isActive);
  const taken = new Set(active.map((a) => a.person.id));
  return (
    <SectionCard title={t('family.assignments.title')}>
      <Stack gap="xs">
        {active.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('family.assignments.none')}
          </Text>
        ) : (
          active.map((a) => (
            <Group key={a.id} justify="space-between" wrap="nowrap">
              <div>
                <Text size="sm" fw={600}>
                  {a.person.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {a.person.roles.map(labels.role).join(', ')} ·{' '}
                  {t('family.assignments.since', { date: formatDate(a.fromOn) })}
                </Text>
              </div>
              {canAssign ? (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  color="red.9"
                  c="red.9"
                  loading={end.isPending && end.variables?.assignmentId === a.id}
                  onClick={() => end.mutate({ assignmentId: a.id, toOn: todayIso() })}
                  aria-label={t('family.assignments.endOne', { name: a.person.displayName })}
                >
                  {t('family.assignments.end')}
                </Button>
              ) : null}
            </Group>
          ))
        )}
        {past.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('family.assignments.past')}:{' '}
            {past
              .map((a) => `${a.person.displayName} (${formatDate(a.fromOn)}–${formatDate(a.toOn)})`)
              .join(', ')}
          </Text>
        ) : null}
        {canAssign ? (
          <Group align="flex-end" gap="xs" mt="xs">
            <Select
              label={t('family.assignments.choose')}
              placeholder={t('family.assignments.placeholder')}
              searchable
              style={{ flex: 1 }}
              value={userId}
              onChange={setUserId}
              data={(team.data ?? [])
                .filter((p) => !taken.has(p.id))
                .map((p) => ({
                  value: p.id,
                  label: `${p.displayName} — ${p.roles.map(labels.role).join(', ')} (${t('family.assignments.load', { count: p.activeFamilies })})`,
                }))}
            />
            <Button
              disabled={!userId}
              loading={assign.isPending}
              onClick={() => userId && assign.mutate(userId, { onSuccess: () => setUserId(null) })}
            >
              {t('family.assignments.assign')}
            </Button>
          </Group>
        ) : null}
        {assign.error || end.error ? (
          <Text c="red.9" size="sm" role="alert">
            {(assign.error ?? end.error)?.message}
          </Text>
        ) : null}
        {file.access === 'coordinator' && active.length === 0 ? (
          <Badge color="orange" variant="light" radius="sm">
            {t('family.assignments.toAssign')}
          </Badge>
        ) : null}
      </Stack>
    </SectionCard>
  );
}
