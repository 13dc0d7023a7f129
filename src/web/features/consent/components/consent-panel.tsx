import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentMemberDto, ConsentOverviewDto } from '../../../../contracts/consent';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { useConsentOverview, useWithdrawConsent } from '../hooks/use-consent';
import { AssessmentDialog } from './assessment-dialog';
import { useConsentLabels } from './consent-labels';
import { RecordConsentDialog } from './record-consent-dialog';
import { ShareDialog } from './share-dialog';

/** The worker's page of a family's consents and sharing log (R29) and its minors' standing (R27). */
export function ConsentPanel({ familyId, canWrite }: { familyId: string; canWrite: boolean }) {
  const overview = useConsentOverview(familyId);
  return (
    <QueryState query={overview}>
      {(o) => <Overview familyId={familyId} o={o} canWrite={canWrite} />}
    </QueryState>
  );
}

function Overview({ familyId, o, canWrite }: { familyId: string; o: ConsentOverviewDto; canWrite: boolean }) {
  const { t } = useTranslation();
  const labels = useConsentLabels();
  const withdraw = useWithdrawConsent(familyId);
  const [dialog, setDialog] = useState<'record' | 'share' | null>(null);
  const [assessing, setAssessing] = useState<ConsentMemberDto | null>(null);
  const nameOf = (id: string) => o.members.find((m) => m.id === id)?.name ?? '—';
  return (
    <Stack gap="md">
      <SectionCard title={t('consent.members.title')}>
        <Text size="sm" c="dimmed" mb="xs">
          {t('consent.members.intro')}
        </Text>
        <ScrollTable minWidth={480}>
          <Table fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consent.members.name')}</Table.Th>
                <Table.Th>{t('consent.members.standing')}</Table.Th>
                <Table.Th>{t('consent.members.assessment')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.members.map((m) => {
                const assessment = o.assessments.find((a) => a.memberId === m.id && a.isInForce);
                const canAssess =
                  canWrite && (m.standing === 'competentMinor' || m.standing === 'notCompetent');
                return (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.name ?? '—'}</Table.Td>
                    <Table.Td>{labels.standing(m.standing)}</Table.Td>
                    <Table.Td>
                      {assessment
                        ? t('consent.members.assessedUntil', { date: formatDate(assessment.reviewOn) })
                        : null}
                      {canAssess ? (
                        <Button size="compact-xs" variant="subtle" onClick={() => setAssessing(m)}>
                          {t('consent.assess.open', { name: m.name ?? '—' })}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </SectionCard>

      <SectionCard title={t('consent.consents.title')}>
        {canWrite ? (
          <Group mb="sm">
            <Button size="xs" onClick={() => setDialog('record')}>
              {t('consent.record.title')}
            </Button>
            <Button size="xs" variant="light" onClick={() => setDialog('share')}>
              {t('consent.share.title')}
            </Button>
          </Group>
        ) : null}
        {withdraw.error ? <Alert color="red">{t('consent.consents.withdrawFailed')}</Alert> : null}
        {o.consents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('consent.consents.none')}
          </Text>
        ) : (
          <ScrollTable minWidth={720}>
            <Table fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('consent.consents.who')}</Table.Th>
                  <Table.Th>{t('consent.consents.to')}</Table.Th>
                  <Table.Th>{t('consent.consents.purpose')}</Table.Th>
                  <Table.Th>{t('consent.consents.what')}</Table.Th>
                  <Table.Th>{t('consent.consents.given')}</Table.Th>
                  <Table.Th>{t('consent.consents.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {o.consents.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.memberName ?? nameOf(c.memberId)}</Table.Td>
                    <Table.Td>{c.organisation?.name ?? labels.recipient(c.recipient)}</Table.Td>
                    <Table.Td>{c.purpose}</Table.Td>
                    <Table.Td>{c.scopes.map(labels.scope).join(', ')}</Table.Td>
                    <Table.Td>
                      {formatDate(c.givenOn)} · {labels.source(c.source)} · {c.recordedBy}
                      {c.childView ? (
                        <Text size="xs">{t('consent.consents.childView', { view: c.childView })}</Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {c.isInForce ? (
                        <Group gap="xs">
                          <Badge color="green">{t('consent.consents.inForce')}</Badge>
                          {canWrite ? (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red"
                              loading={withdraw.isPending}
                              aria-label={t('consent.consents.withdrawOf', {
                                name: c.memberName ?? '—',
                                to: c.organisation?.name ?? labels.recipient(c.recipient),
                              })}
                              onClick={() => withdraw.mutate({ consentId: c.id, baseVersion: c.version })}
                            >
                              {t('consent.consents.withdraw')}
                            </Button>
                          ) : null}
                        </Group>
                      ) : (
                        <Badge color="gray">
                          {c.withdrawnOn
                            ? t('consent.consents.withdrawnOn', { date: formatDate(c.withdrawnOn) })
                            : t('consent.consents.notYet')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </SectionCard>

      <SectionCard title={t('consent.log.title')}>
        {o.sharings.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('consent.log.none')}
          </Text>
        ) : (
          <ScrollTable minWidth={640}>
            <Table fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('consent.log.when')}</Table.Th>
                  <Table.Th>{t('consent.log.to')}</Table.Th>
                  <Table.Th>{t('consent.log.what')}</Table.Th>
                  <Table.Th>{t('consent.log.purpose')}</Table.Th>
                  <Table.Th>{t('consent.log.by')}</Table.Th>
                  <Table.Th>{t('consent.log.onConsent')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {o.sharings.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{formatDate(s.sharedOn)}</Table.Td>
                    <Table.Td>{s.organisation.name}</Table.Td>
                    <Table.Td>{labels.scope(s.scope)}</Table.Td>
                    <Table.Td>{s.purpose}</Table.Td>
                    <Table.Td>{s.sharedBy}</Table.Td>
                    <Table.Td>
                      {s.consentIds
                        .map((id) => o.consents.find((c) => c.id === id)?.memberName ?? '—')
                        .join(', ')}{' '}
                      {s.isConsentInForce ? null : <Badge color="gray">{t('consent.log.closed')}</Badge>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </SectionCard>

      {dialog === 'record' ? (
        <RecordConsentDialog familyId={familyId} members={o.members} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'share' ? (
        <ShareDialog familyId={familyId} consents={o.consents} onClose={() => setDialog(null)} />
      ) : null}
      {assessing ? (
        <AssessmentDialog familyId={familyId} member={assessing} onClose={() => setAssessing(null)} />
      ) : null}
    </Stack>
  );
}
