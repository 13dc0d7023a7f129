import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../../components/ui/router-links';
import { SectionCard } from '../../../components/ui/section-card';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useCan } from '../../../lib/session';
import { useAssignableTeam, useAssignWorker, useFamilyFile } from '../hooks/use-family';

/**
 * On a started referral: the way into the family file, and for the coordinator the assignment
 * of the workers who will open it.
 */
export function ReferralFamilyCard({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const canAssign = useCan('family:assign');
  const canRead = useCan('family:read');
  const team = useAssignableTeam(canAssign);
  // The coordinator opens every file; others see the assignments when they are assigned.
  const file = useFamilyFile(familyId);
  const assign = useAssignWorker(familyId);
  const [userId, setUserId] = useState<string | null>(null);
  if (!canRead) return null;
  const active = (file.data?.assignments ?? []).filter((a) => a.isActive);
  const taken = new Set(active.map((a) => a.person.id));
  return (
    <SectionCard title={t('family.fromReferral.title')}>
      <Stack gap="sm">
        {active.length > 0 ? (
          <Text size="sm" role="status">
            {t('family.fromReferral.assigned', { names: active.map((a) => a.person.displayName).join(', ') })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('family.fromReferral.hint')}
          </Text>
        )}
        {canAssign ? (
          <Select
            label={t('family.assignments.choose')}
            placeholder={t('family.assignments.placeholder')}
            searchable
            value={userId}
            onChange={setUserId}
            data={(team.data ?? [])
              .filter((p) => !taken.has(p.id))
              .map((p) => ({
                value: p.id,
                label: `${p.displayName} — ${p.roles.map(labels.role).join(', ')} (${t('family.assignments.load', { count: p.activeFamilies })})`,
              }))}
          />
        ) : null}
        {assign.error ? (
          <Text c="red.9" size="sm" role="alert">
            {assign.error.message}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="xs">
          {canAssign ? (
            <Button
              variant="light"
              disabled={!userId}
              loading={assign.isPending}
              onClick={() => userId && assign.mutate(userId, { onSuccess: () => setUserId(null) })}
            >
              {t('family.assignments.assign')}
            </Button>
          ) : null}
          {file.data ? (
            <RouterButton to="/families/$id" params={{ id: familyId }}>
              {t('family.fromReferral.open')}
            </RouterButton>
          ) : null}
        </Group>
      </Stack>
    </SectionCard>
  );
}
