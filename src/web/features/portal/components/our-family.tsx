// The family's own portal pages (issue 13 point 2): plain language (B1), phone first, headings
// and lists a screen reader can walk. What is shown was filtered on the server (family-visibility).
import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { personName, useJourneyLabels } from '../../../lib/journey-labels';
import { ourCopyJsonUrl, ourCopyPdfUrl } from '../api/portal-api';
import { portalQueries } from '../api/portal-queries';

export function OurOverview() {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const query = useQuery(portalQueries.overview());
  return (
    <QueryState query={query}>
      {(data) => (
        <Stack>
          <Title order={1}>{t('portal.overview.title', { name: data.me.givenName ?? '' })}</Title>
          <Text>{t('portal.overview.intro')}</Text>
          <Title order={2}>{t('portal.overview.family')}</Title>
          <List>
            {data.members.map((m) => (
              <List.Item key={m.id}>
                {personName(m) || labels.memberRole(m.role)} ({labels.memberRole(m.role)})
              </List.Item>
            ))}
          </List>
          <Title order={2}>{t('portal.overview.workers')}</Title>
          <WorkerList workers={data.workers} />
        </Stack>
      )}
    </QueryState>
  );
}

function WorkerList({ workers }: { workers: { displayName: string; organisation: string | null }[] }) {
  const { t } = useTranslation();
  if (workers.length === 0) return <Text>{t('portal.none')}</Text>;
  return (
    <List>
      {workers.map((w) => (
        <List.Item key={`${w.displayName}-${w.organisation}`}>
          {w.organisation ? `${w.displayName} (${w.organisation})` : w.displayName}
        </List.Item>
      ))}
    </List>
  );
}

export function OurPlan() {
  const { t } = useTranslation();
  const query = useQuery(portalQueries.ourPlan());
  return (
    <QueryState query={query}>
      {(plan) => (
        <Stack>
          <Title order={1}>{t('portal.plan.title')}</Title>
          {!plan.current ? (
            <Text>{t('portal.plan.none')}</Text>
          ) : (
            <>
              <Text>
                {t('portal.plan.version', {
                  version: plan.current.version,
                  date: formatDateTime(plan.current.savedAt),
                })}
              </Text>
              <Title order={2}>{t('portal.plan.goals')}</Title>
              <List>
                {plan.current.content.goals.map((g) => (
                  <List.Item key={g.id}>{g.familyWords}</List.Item>
                ))}
              </List>
              <Title order={2}>{t('portal.plan.actions')}</Title>
              {plan.current.content.actions.length === 0 ? (
                <Text>{t('portal.none')}</Text>
              ) : (
                <List>
                  {plan.current.content.actions.map((a) => (
                    <List.Item key={a.id}>
                      {a.description}
                      {a.dueOn ? ` — ${t('portal.plan.dueOn', { date: formatDate(a.dueOn) })}` : ''}
                    </List.Item>
                  ))}
                </List>
              )}
              <Title order={2}>{t('portal.plan.versions')}</Title>
              <List>
                {plan.versions.map((v) => (
                  <List.Item key={v.version}>
                    {t('portal.plan.version', { version: v.version, date: formatDateTime(v.savedAt) })}
                    {v.changeNote ? `: ${v.changeNote}` : ''}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

export function OurFile() {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const query = useQuery(portalQueries.ourFile());
  return (
    <QueryState query={query}>
      {(file) => (
        <Stack>
          <Title order={1}>{t('portal.file.title')}</Title>
          <Title order={2}>{t('portal.file.trajectories')}</Title>
          {file.trajectories.length === 0 && <Text>{t('portal.none')}</Text>}
          {file.trajectories.map((tr) => (
            <Card key={`${tr.kind}-${tr.startedOn}`} withBorder component="section">
              <Title order={3}>{labels.trajectoryKind(tr.kind)}</Title>
              <Text>{t('portal.file.startedOn', { date: formatDate(tr.startedOn) })}</Text>
              {tr.closedOn && <Text>{t('portal.file.closedOn', { date: formatDate(tr.closedOn) })}</Text>}
              {tr.endsOn && <Text>{t('portal.file.endsOn', { date: formatDate(tr.endsOn) })}</Text>}
              {tr.nextMeetingOn && (
                <Text>{t('portal.file.nextMeeting', { date: formatDate(tr.nextMeetingOn) })}</Text>
              )}
              {tr.handover && (
                <Text>
                  {t('portal.file.handover', {
                    services: tr.handover.receivingServices.map((s) => s.organisation).join(', '),
                  })}
                </Text>
              )}
            </Card>
          ))}
          <Title order={2}>{t('portal.file.contacts')}</Title>
          {file.contacts.length === 0 && <Text>{t('portal.none')}</Text>}
          <List>
            {file.contacts.map((c, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list of the server's answer, never reordered or edited in place
              <List.Item key={`${c.occurredOn}-${index}`}>
                {formatDate(c.occurredOn)} · {labels.contactKind(c.kind)} · {c.recordedBy}
                {c.note ? `: ${c.note}` : ''}
              </List.Item>
            ))}
          </List>
          <Title order={2}>{t('portal.file.documents')}</Title>
          <Text>{t('portal.file.noDocuments')}</Text>
          <OurCopy />
        </Stack>
      )}
    </QueryState>
  );
}

export function OurPeople() {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const query = useQuery(portalQueries.ourPeople());
  return (
    <QueryState query={query}>
      {(people) => (
        <Stack>
          <Title order={1}>{t('portal.people.title')}</Title>
          <Title order={2}>{t('portal.overview.workers')}</Title>
          <WorkerList workers={people.workers} />
          <Title order={2}>{t('portal.people.network')}</Title>
          {people.network.length === 0 ? (
            <Text>{t('portal.none')}</Text>
          ) : (
            <List>
              {people.network.map((n, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list of the server's answer, never reordered or edited in place
                <List.Item key={`${n.name}-${index}`}>
                  {n.name} ({labels.networkKind(n.kind)}
                  {n.organisation ? `, ${n.organisation}` : ''})
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

export function WhoReadOurFile() {
  const { t } = useTranslation();
  const query = useQuery(portalQueries.whoRead());
  return (
    <QueryState query={query}>
      {(data) => (
        <Stack>
          <Title order={1}>{t('portal.whoRead.title')}</Title>
          <Text>{t('portal.whoRead.intro')}</Text>
          {data.reads.length === 0 ? (
            <Text>{t('portal.none')}</Text>
          ) : (
            <List>
              {data.reads.map((r, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list of the server's answer, never reordered or edited in place
                <List.Item key={`${r.at}-${index}`}>
                  {formatDateTime(r.at)} · {r.organisation ? `${r.by} (${r.organisation})` : r.by}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

/** R16, R30: the family takes a copy of its file (PDF, in its language) and its data (JSON). */
function OurCopy() {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="our-copy" gap="xs">
      <Title order={2} id="our-copy">
        {t('portal.copy.title')}
      </Title>
      <Text>{t('portal.copy.intro')}</Text>
      <Group gap="sm">
        <Button component="a" href={ourCopyPdfUrl(currentLocale())} download>
          {t('portal.copy.pdf')}
        </Button>
        <Button component="a" variant="light" href={ourCopyJsonUrl()} download>
          {t('portal.copy.json')}
        </Button>
      </Group>
    </Stack>
  );
}
