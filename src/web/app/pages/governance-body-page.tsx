import { Badge, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDto, BodyMemberDto } from '../../../contracts/governance/bodies';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { RouterAnchor } from '../../components/ui/router-links';
import { SectionCard } from '../../components/ui/section-card';
import { BodyForm } from '../../features/governance/components/body-form';
import { Dialog } from '../../features/governance/components/dialog';
import { MeetingForm } from '../../features/governance/components/meeting-form';
import { MeetingsTable } from '../../features/governance/components/meetings-table';
import { MemberForm } from '../../features/governance/components/member-form';
import { MembersTable } from '../../features/governance/components/members-table';
import { TodoItems } from '../../features/governance/components/todo-items';
import { useBody, useMeetings, useTodos } from '../../features/governance/hooks/use-governance';
import { useCan } from '../../lib/session';
import { RequirePermission } from './require-permission';

const route = getRouteApi('/app/governance/bodies/$id');

type OpenDialog = { kind: 'member'; member?: BodyMemberDto } | { kind: 'meeting' } | { kind: 'body' } | null;

function BodyView({ body }: { body: BodyDto }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const meetings = useMeetings({ bodyId: body.id });
  const todos = useTodos({ bodyId: body.id, status: 'open' });
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const canManage = useCan('governance:manage');
  return (
    <>
      <RouterAnchor to="/governance" size="sm">
        ← {t('governance.backToOverview')}
      </RouterAnchor>
      <PageHeader
        title={body.name}
        description={
          <Group gap="xs" component="span">
            <Badge variant="light" radius="sm">
              {t(`codes:governanceBodyKind.${body.kind}`)}
            </Badge>
            {body.isActive ? null : (
              <Badge color="gray" radius="sm">
                {t('governance.body.inactive')}
              </Badge>
            )}
            {body.description}
          </Group>
        }
        actions={
          canManage ? (
            <>
              <Button variant="default" onClick={() => setDialog({ kind: 'body' })}>
                {t('common.edit')}
              </Button>
              <Button onClick={() => setDialog({ kind: 'meeting' })}>{t('governance.meeting.plan')}</Button>
            </>
          ) : null
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <SectionCard title={t('governance.body.members')}>
              <Stack gap="sm">
                <MembersTable
                  members={body.members}
                  onEdit={canManage ? (member) => setDialog({ kind: 'member', member }) : undefined}
                />
                {canManage ? (
                  <Group>
                    <Button variant="light" size="xs" onClick={() => setDialog({ kind: 'member' })}>
                      {t('governance.member.add')}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </SectionCard>
            <SectionCard title={t('governance.body.meetings')}>
              <QueryState query={meetings}>
                {(list) => (
                  <MeetingsTable
                    meetings={list}
                    caption={t('governance.body.meetingsOf', { name: body.name })}
                    showBody={false}
                  />
                )}
              </QueryState>
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <SectionCard title={t('governance.body.openTodos')}>
            <QueryState query={todos}>
              {({ items }) =>
                items.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('governance.todo.noneOpen')}
                  </Text>
                ) : (
                  <TodoItems todos={items} canManage={canManage} />
                )
              }
            </QueryState>
          </SectionCard>
        </Grid.Col>
      </Grid>
      <Dialog
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        size="lg"
        title={
          dialog?.kind === 'member'
            ? dialog.member
              ? t('governance.member.edit', { name: dialog.member.name })
              : t('governance.member.add')
            : dialog?.kind === 'meeting'
              ? t('governance.meeting.planFor', { name: body.name })
              : t('governance.body.edit')
        }
      >
        {dialog?.kind === 'member' ? (
          <MemberForm bodyId={body.id} member={dialog.member} onDone={() => setDialog(null)} />
        ) : null}
        {dialog?.kind === 'meeting' ? (
          <MeetingForm
            bodyId={body.id}
            onDone={(m) => void navigate({ to: '/governance/meetings/$id', params: { id: m.id } })}
          />
        ) : null}
        {dialog?.kind === 'body' ? <BodyForm body={body} onDone={() => setDialog(null)} /> : null}
      </Dialog>
    </>
  );
}

function BodyLoader() {
  const { id } = route.useParams();
  const body = useBody(id);
  return <QueryState query={body}>{(data) => <BodyView body={data} />}</QueryState>;
}

export function GovernanceBodyPage() {
  return (
    <RequirePermission permission="governance:read">
      <BodyLoader />
    </RequirePermission>
  );
}
