import { Badge, Grid, Group, Stack, Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReferralDto } from '../../../contracts/intake';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { RouterAnchor } from '../../components/ui/router-links';
import { AuditTrail } from '../../features/audit/components/audit-trail';
import { ReferralFamilyCard } from '../../features/families/components/referral-family-card';
import { DeadlinesCard } from '../../features/intake/components/detail/deadlines-card';
import { DecisionPanel } from '../../features/intake/components/detail/decision-panel';
import { DecisionSummary } from '../../features/intake/components/detail/decision-summary';
import { DuplicateReviewPanel } from '../../features/intake/components/detail/duplicate-review-panel';
import { FamilyIdentityCard } from '../../features/intake/components/detail/family-identity-card';
import { PerspectiveConversationCard } from '../../features/intake/components/detail/perspective-conversation-card';
import { ReferralSummary } from '../../features/intake/components/detail/referral-summary';
import { OverQuotaBadge } from '../../features/intake/components/over-quota-badge';
import { StatusBadge } from '../../features/intake/components/status-badge';
import { useReferral } from '../../features/intake/hooks/use-referral';
import { AssignmentCard } from '../../features/team/components/assignment-card';
import { useCan } from '../../lib/session';
import { ReferralRefreshes } from '../refreshes/referral-refreshes';
import { RequirePermission } from './require-permission';

const route = getRouteApi('/app/referrals/$id');

function Overview({ referral }: { referral: ReferralDto }) {
  const canDecide = useCan('referral:decide');
  const canAssign = useCan('family:assign');
  const isDuplicatePending = referral.duplicateReview === 'pending' && referral.possibleDuplicates.length > 0;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
        <ReferralSummary referral={referral} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
        <Stack gap="md">
          {canDecide && isDuplicatePending ? <DuplicateReviewPanel referral={referral} /> : null}
          {referral.decision ? <DecisionSummary decision={referral.decision} /> : null}
          {referral.status === 'started' && canAssign ? (
            <AssignmentCard familyId={referral.familyId} referralId={referral.id} />
          ) : null}
          {referral.status === 'started' ? <ReferralFamilyCard familyId={referral.familyId} /> : null}
          {canDecide && referral.status === 'received' && !referral.decision ? (
            <DecisionPanel referral={referral} />
          ) : null}
          <FamilyIdentityCard referral={referral} canDecide={canDecide} />
          <DeadlinesCard referral={referral} />
          {canDecide ? <PerspectiveConversationCard referral={referral} /> : null}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function ReferralView({ referral }: { referral: ReferralDto }) {
  const { t } = useTranslation();
  const canAudit = useCan('referral:audit');
  const { tab = 'overview' } = route.useSearch();
  const navigate = route.useNavigate();
  const title = t('detail.title', { reference: referral.reference });

  return (
    <>
      <RouterAnchor to="/referrals" size="sm">
        ← {t('detail.back')}
      </RouterAnchor>
      <PageHeader
        title={title}
        description={
          <Group gap="xs" component="span">
            <StatusBadge status={referral.status} />
            {referral.duplicateReview === 'pending' ? (
              <Badge color="red.9" variant="filled" radius="sm">
                {t('referrals.duplicateBadge')}
              </Badge>
            ) : null}
            {referral.overQuota ? <OverQuotaBadge /> : null}
            {referral.familyLabel ?? referral.pseudonym ?? t('referrals.table.anonymousFamily')}
          </Group>
        }
      />
      {canAudit ? (
        <Tabs
          value={tab}
          onChange={(next) =>
            void navigate({ search: { tab: next === 'audit' ? 'audit' : undefined }, replace: true })
          }
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="overview">{t('detail.tabs.overview')}</Tabs.Tab>
            <Tabs.Tab value="audit">{t('detail.tabs.audit')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="overview">
            <Overview referral={referral} />
          </Tabs.Panel>
          <Tabs.Panel value="audit">
            <AuditTrail referralId={referral.id} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <Overview referral={referral} />
      )}
    </>
  );
}

function ReferralLoader() {
  const { id } = route.useParams();
  const referral = useReferral(id);
  return <QueryState query={referral}>{(data) => <ReferralView referral={data} />}</QueryState>;
}

export function ReferralDetailPage() {
  return (
    <RequirePermission permission="referral:read">
      <ReferralRefreshes>
        <ReferralLoader />
      </ReferralRefreshes>
    </RequirePermission>
  );
}
