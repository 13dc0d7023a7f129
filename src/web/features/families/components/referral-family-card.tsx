import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../../components/ui/router-links';
import { SectionCard } from '../../../components/ui/section-card';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useCan } from '../../../lib/session';
import { useAssignableTeam, useAssignWorker } from '../hooks/use-family';

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
  const assign = useAssignWorker(familyId);
  const [userId, setUserId] = useState<string | null>(null);
  const [assigned, setAssigned] = useState<string[]>([]);
  if (!canRead) return null;
  return (
    <SectionCard title={t('family.fromReferral.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('family.fromReferral.hint')}
        </Text>
        {canAssign ? (
          <Group align="flex-end" gap="xs">
            <Select
              label={t('family.assignments.choose')}
              searchable
              style={{ flex: 1 }}
              value={userId}
              onChange={setUserId}
              data={(team.data ?? []).map((p) => ({
                value: p.id,
                label: `${p.displayName} — ${p.roles.map(labels.role).join(', ')} (${t('family.assignments.load', { count: p.activeFamilies })})`,
              }))}
            />
            <Button
              variant="light"
              disabled={!userId}
              loading={assign.isPending}
              onClick={() =>
                userId &&
                assign.mutate(userId, {
                  onSuccess: () => {
                    const name = team.data?.find((p) => p.id === userId)?.displayName ?? '';
                    setAssigned((list) => [...list, name]);
                    setUserId(null);
                  },
                })
              }
            >
              {t('family.assignments.assign')}
            </Button>
          </Group>
        ) : null}
        {assigned.length > 0 ? (
          <Text size="sm" role="status">
            {t('family.fromReferral.assigned', { names: assigned.join(', ') })}
          </Text>
        ) : null}
        {assign.error ? (
          <Text c="red.9" size="sm" role="alert">
            {assign.error.message}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <RouterButton to="/families/$id" params={{ id: familyId }} variant="filled">
            {t('family.fromReferral.open')}
          </RouterButton>
        </Group>
      </Stack>
    </SectionCard>
  );
}
