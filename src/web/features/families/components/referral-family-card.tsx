import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../../components/ui/router-links';
import { SectionCard } from '../../../components/ui/section-card';
import { useCan } from '../../../lib/session';
import { useFamilyFile } from '../hooks/use-family';

/**
 * On a started referral: the way into the family file and who works with the family. The
 * coordinator assigns next to it, by availability (R10, the team's assignment card).
 */
export function ReferralFamilyCard({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const canRead = useCan('family:read');
  // The coordinator opens every file; others see the assignments when they are assigned.
  const file = useFamilyFile(familyId);
  if (!canRead) return null;
  const active = (file.data?.assignments ?? []).filter((a) => a.isActive);
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
        {file.data ? (
          <Group justify="flex-end" gap="xs">
            <RouterButton to="/families/$id" params={{ id: familyId }}>
              {t('family.fromReferral.open')}
            </RouterButton>
          </Group>
        ) : null}
      </Stack>
    </SectionCard>
  );
}
