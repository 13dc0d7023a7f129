import { Grid, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi, Navigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFileDto } from '../../../contracts/families';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { RouterAnchor } from '../../components/ui/router-links';
import { ConsentPanel } from '../../features/consent/components/consent-panel';
import { ContactMark } from '../../features/consent/components/contact-mark';
import { FamilyDocumentsCard } from '../../features/documents/components/family-documents-card';
import { AssignmentsCard } from '../../features/families/components/assignments-card';
import { MembersCard } from '../../features/families/components/members-card';
import { MergeFamilyCard } from '../../features/families/components/merge-family-card';
import { NetworkCard } from '../../features/families/components/network-card';
import { ReferralsCard } from '../../features/families/components/referrals-card';
import { RestrictedFamily, restrictedDetailsOf } from '../../features/families/components/restricted-family';
import { useFamilyFile, useFamilyReferrals } from '../../features/families/hooks/use-family';
import { ownerSuggestionsOf } from '../../features/plans/components/owner-suggestions';
import { PlanPanel } from '../../features/plans/components/plan-panel';
import { PlanView } from '../../features/plans/components/plan-view';
import { planPdfUrl } from '../../features/portal/api/portal-api';
import { FamilyAccountsCard } from '../../features/portal/components/family-accounts-card';
import { FamilyViewPreview } from '../../features/portal/components/family-view-preview';
import { ContactsPanel } from '../../features/trajectories/components/contacts-panel';
import { TrajectoriesPanel } from '../../features/trajectories/components/trajectories-panel';
import { VoicePanel } from '../../features/voice/components/voice-panel';
import { isApiError } from '../../lib/api';
import { personName } from '../../lib/journey-labels';
import { useCan } from '../../lib/session';
import { FamilyFileRefreshes } from '../refreshes/family-file-refreshes';
import { FAMILY_TABS, type FamilyTab } from './family-search-params';
import { RequirePermission } from './require-permission';

const route = getRouteApi('/app/families/$id');

function FamilyFile({ file }: { file: FamilyFileDto }) {
  const { t } = useTranslation();
  const { tab = 'file' } = route.useSearch();
  const navigate = route.useNavigate();
  const referrals = useFamilyReferrals(file.id);
  const started = referrals.data?.find((r) => r.status === 'started') ?? referrals.data?.[0];
  const memberNames = file.members.map(personName).filter(Boolean);
  const suggestions = [
    ...memberNames,
    ...file.network.map((n) => n.name),
    ...file.network.flatMap((n) => (n.organisation ? [n.organisation] : [])),
  ];
  const workers = file.assignments.filter((a) => a.isActive).map((a) => a.person.displayName);
  const canMerge = useCan('family:merge');
  const canWrite = useCan('family:write');
  return (
    <>
      <RouterAnchor to="/families" size="sm">
        ← {t('family.back')}
      </RouterAnchor>
      <PageHeader
        title={file.label ?? t('family.anonymous')}
        description={[
          file.municipality.name,
          file.primaryCareZone?.name,
          workers.length > 0
            ? t('family.workedWith', { names: workers.join(', ') })
            : t('family.assignments.none'),
        ]
          .filter(Boolean)
          .join(' · ')}
      />
      <Tabs
        value={tab}
        onChange={(next) =>
          void navigate({
            search: { tab: next === 'file' ? undefined : (next as FamilyTab) },
            replace: true,
          })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {FAMILY_TABS.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`family.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="file">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="md">
                <MembersCard file={file} />
                <NetworkCard file={file} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack gap="md">
                <AssignmentsCard file={file} />
                <FamilyAccountsCard file={file} canWrite={canWrite} />
                <FamilyDocumentsCard familyId={file.id} canWrite={canWrite} />
                <ReferralsCard familyId={file.id} />
                {canMerge ? <MergeFamilyCard file={file} /> : null}
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="plan">
          <PlanPanel
            familyId={file.id}
            memberNames={memberNames}
            ownerSuggestions={ownerSuggestionsOf(file)}
            printUrl={(lang) => planPdfUrl(file.id, lang)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="trajectories">
          <TrajectoriesPanel
            familyId={file.id}
            referral={started ? { id: started.id, fundingLine: started.fundingLine.code } : null}
          />
        </Tabs.Panel>
        <Tabs.Panel value="contacts">
          <ContactsPanel
            familyId={file.id}
            participantSuggestions={suggestions}
            extra={(contactId) => (
              <ContactMark
                familyId={file.id}
                contactId={contactId}
                members={file.members.map((m) => ({
                  id: m.id,
                  role: m.role,
                  name: personName(m) || t(`codes:memberRole.${m.role}`),
                }))}
                canWrite={canWrite}
              />
            )}
          />
        </Tabs.Panel>
        <Tabs.Panel value="consent">
          <ConsentPanel familyId={file.id} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="voice">
          <VoicePanel familyId={file.id} />
        </Tabs.Panel>
        <Tabs.Panel value="familyView">
          <FamilyViewPreview familyId={file.id} renderPlan={(content) => <PlanView content={content} />} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/** R17: a file merged into another opens the surviving file, saying so. */
function MergedInto({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    // One notice per surviving file: the old file's address may be passed through more than once
    // (its queries answer one by one) and a notice with a shown id is not shown again.
    notifications.show({
      id: `merged-into-${familyId}`,
      color: 'blue',
      message: t('family.merge.redirected'),
    });
  }, [t, familyId]);
  return <Navigate to="/families/$id" params={{ id: familyId }} replace />;
}

function FamilyLoader() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const file = useFamilyFile(id);
  const merged = isApiError(file.error, 'FAMILY_MERGED')
    ? (file.error.details as { mergedIntoId?: string } | undefined)?.mergedIntoId
    : undefined;
  if (merged) return <MergedInto familyId={merged} />;
  const restricted = restrictedDetailsOf(file.error);
  if (restricted)
    return (
      <>
        <PageHeader title={restricted.label ?? t('family.anonymous')} />
        <RestrictedFamily details={restricted} />
      </>
    );
  return <QueryState query={file}>{(data) => <FamilyFile file={data} />}</QueryState>;
}

export function FamilyFilePage() {
  return (
    <RequirePermission permission="family:read">
      <FamilyFileRefreshes>
        <FamilyLoader />
      </FamilyFileRefreshes>
    </RequirePermission>
  );
}
