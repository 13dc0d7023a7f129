import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { RouterAnchor } from '../../../components/ui/router-links';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { useCodeLabels } from '../../../lib/labels';
import { useCan } from '../../../lib/session';
import { useFamilyReferrals } from '../hooks/use-family';

/** Where the family's journey started: its referrals, with the request in its own words. */
export function ReferralsCard({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const canOpenReferrals = useCan('referral:decide');
  const referrals = useFamilyReferrals(familyId);
  return (
    <SectionCard title={t('family.referrals.title')}>
      <QueryState query={referrals}>
        {(items) => (
          <Stack gap="sm">
            {items.map((r) => (
              <div key={r.id}>
                <Text size="sm" fw={600}>
                  {canOpenReferrals ? (
                    <RouterAnchor to="/referrals/$id" params={{ id: r.id }}>
                      {r.reference}
                    </RouterAnchor>
                  ) : (
                    r.reference
                  )}{' '}
                  · {formatDate(r.receivedOn)} · {labels.status(r.status)} ·{' '}
                  {labels.fundingLine(r.fundingLine.code, r.fundingLine.name)}
                </Text>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  “{r.requestForHelp}”
                </Text>
                <Text size="xs" c="dimmed">
                  {r.perspectiveConversationOn
                    ? t('family.referrals.conversationHeld', {
                        date: formatDate(r.perspectiveConversationOn),
                      })
                    : t('family.referrals.noConversation')}
                </Text>
              </div>
            ))}
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
