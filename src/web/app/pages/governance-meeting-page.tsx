import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../contracts/governance/meetings';
import type { FiguresResponse } from '../../../contracts/reports';
import { todayIso } from '../../../domain/dates';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { RouterAnchor } from '../../components/ui/router-links';
import { SectionCard } from '../../components/ui/section-card';
import {
  invitationUrl,
  minutesUrl,
  sendInvitation,
  shareMinutes,
} from '../../features/governance/api/governance-api';
import { AdviceRoundPanel } from '../../features/governance/components/advice-round-panel';
import { AgendaEditor } from '../../features/governance/components/agenda-editor';
import { AttendanceEditor, AttendanceSummary } from '../../features/governance/components/attendance-editor';
import { PhaseBadge } from '../../features/governance/components/badges';
import { Dialog } from '../../features/governance/components/dialog';
import { FiguresCard } from '../../features/governance/components/figures-card';
import { ItemMinutesCard } from '../../features/governance/components/item-minutes-card';
import { MeetingForm } from '../../features/governance/components/meeting-form';
import { PreviousMinutesCard } from '../../features/governance/components/previous-minutes-card';
import { useBody, useMeeting, useMeetingMutation } from '../../features/governance/hooks/use-governance';
import { CountsTable } from '../../features/reports/components/counts-table';
import { KpiCards } from '../../features/reports/components/kpi-cards';
import { formatDate } from '../../lib/format';
import { useCodeLabels } from '../../lib/labels';
import { RequirePermission } from './require-permission';

const route = getRouteApi('/app/governance/meetings/$id');

function SnapshotFigures({ figures }: { figures: FiguresResponse }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  return (
    <Stack gap="sm">
      <KpiCards figures={figures} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CountsTable
          title={t('figures.notStartedByReason')}
          keyHeader={t('figures.reason')}
          counts={figures.notStartedByReason}
          label={(k) => labels.reason(k)}
        />
        <CountsTable
          title={t('figures.byRegistrantKind')}
          keyHeader={t('figures.registrantKind')}
          counts={figures.byRegistrantKind}
          label={labels.organisationKind}
        />
      </SimpleGrid>
    </Stack>
  );
}

function MeetingActions({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const invite = useMeetingMutation(meeting.id, () => sendInvitation(meeting.id));
  const share = useMeetingMutation(meeting.id, () => shareMinutes(meeting.id));
  const [isEditing, setEditing] = useState(false);
  const error = invite.error ?? share.error;
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm" justify="flex-end">
        <Button component="a" href={invitationUrl(meeting.id)} variant="default">
          {t('governance.meeting.ics')}
        </Button>
        {meeting.minutes ? (
          <>
            <Button component="a" href={minutesUrl(meeting.id, 'docx')} variant="default">
              {t('governance.meeting.docx')}
            </Button>
            <Button component="a" href={minutesUrl(meeting.id, 'pdf')} variant="default">
              {t('governance.meeting.pdf')}
            </Button>
          </>
        ) : null}
        {meeting.canManage ? (
          <>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            {!meeting.minutesSharedAt && meeting.date >= todayIso() ? (
              <Button
                variant={meeting.invitedAt ? 'default' : 'filled'}
                onClick={() => invite.mutate(undefined)}
                loading={invite.isPending}
              >
                {meeting.invitedAt ? t('governance.meeting.resend') : t('governance.meeting.invite')}
              </Button>
            ) : null}
            {meeting.date <= todayIso() ? (
              <Button
                onClick={() => share.mutate(undefined)}
                loading={share.isPending}
                variant={meeting.minutesSharedAt ? 'default' : 'filled'}
              >
                {meeting.minutesSharedAt ? t('governance.meeting.shareAgain') : t('governance.meeting.share')}
              </Button>
            ) : null}
          </>
        ) : null}
      </Group>
      {error ? (
        <Alert color="red" role="alert" p="xs">
          {error.message}
        </Alert>
      ) : null}
      <Dialog
        opened={isEditing}
        onClose={() => setEditing(false)}
        title={t('governance.meeting.edit')}
        size="lg"
      >
        <MeetingForm bodyId={meeting.body.id} meeting={meeting} onDone={() => setEditing(false)} />
      </Dialog>
    </Stack>
  );
}

function ManagerAttendance({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const body = useBody(meeting.body.id);
  return (
    <SectionCard title={t('governance.attendance.title')}>
      <QueryState query={body}>
        {(b) => <AttendanceEditor meeting={meeting} members={b.members} />}
      </QueryState>
    </SectionCard>
  );
}

function Minutes({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const owners = [...meeting.followUpTodos, ...meeting.todos].map((td) => td.ownerName);
  if (!meeting.minutes) {
    return (
      <Alert color="blue" role="status">
        {t('governance.minutes.notShared')}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      {meeting.canManage ? (
        <ManagerAttendance meeting={meeting} />
      ) : (
        <SectionCard title={t('governance.attendance.title')}>
          <AttendanceSummary attendance={meeting.minutes.attendance} />
        </SectionCard>
      )}
      <PreviousMinutesCard meeting={meeting} />
      {meeting.agenda.map((item) => (
        <ItemMinutesCard key={item.id} meeting={meeting} item={item} owners={owners} />
      ))}
      <ItemMinutesCard meeting={meeting} item={null} owners={owners} />
    </Stack>
  );
}

function MeetingView({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const { tab = 'agenda' } = route.useSearch();
  const navigate = route.useNavigate();
  const title = `${meeting.body.name} – ${formatDate(meeting.date)}`;
  return (
    <>
      <RouterAnchor to="/governance/bodies/$id" params={{ id: meeting.body.id }} size="sm">
        ← {meeting.body.name}
      </RouterAnchor>
      <PageHeader
        title={title}
        description={
          <Group gap="xs" component="span">
            <PhaseBadge phase={meeting.phase} />
            {meeting.startTime ? (
              <Text span size="sm">
                {meeting.startTime}
                {meeting.endTime ? `–${meeting.endTime}` : ''}
              </Text>
            ) : null}
            {meeting.location ? (
              <Text span size="sm">
                · {meeting.location}
              </Text>
            ) : null}
            {meeting.onlineLink ? (
              <Anchor href={meeting.onlineLink} size="sm" target="_blank" rel="noreferrer">
                {t('governance.meeting.joinOnline')}
              </Anchor>
            ) : null}
            {meeting.title ? (
              <Text span size="sm">
                · {meeting.title}
              </Text>
            ) : null}
          </Group>
        }
        actions={<MeetingActions meeting={meeting} />}
      />
      <Tabs
        value={tab}
        onChange={(next) =>
          void navigate({
            search: { tab: next === 'agenda' ? undefined : (next as 'minutes' | 'figures') },
            replace: true,
          })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="agenda">{t('governance.meeting.tabs.agenda')}</Tabs.Tab>
          <Tabs.Tab value="minutes">{t('governance.meeting.tabs.minutes')}</Tabs.Tab>
          <Tabs.Tab value="figures">
            {t('governance.meeting.tabs.figures', { count: meeting.figures.length })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda">
          <Stack gap="md">
            <SectionCard title={t('governance.agenda.title')}>
              <AgendaEditor meeting={meeting} />
            </SectionCard>
            {/* Before the minutes are shared, members give their advice here. */}
            {meeting.minutes
              ? null
              : meeting.adviceRounds.map((round) => (
                  <AdviceRoundPanel key={round.id} round={round} canManage={false} headingOrder={3} />
                ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="minutes">
          <Minutes meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="figures">
          <FiguresCard meeting={meeting} renderFigures={(f) => <SnapshotFigures figures={f} />} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function MeetingLoader() {
  const { id } = route.useParams();
  const meeting = useMeeting(id);
  return <QueryState query={meeting}>{(data) => <MeetingView meeting={data} />}</QueryState>;
}

export function GovernanceMeetingPage() {
  return (
    <RequirePermission permission="governance:read">
      <MeetingLoader />
    </RequirePermission>
  );
}
