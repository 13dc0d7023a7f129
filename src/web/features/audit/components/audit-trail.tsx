import { Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useCodeLabels } from '../../../lib/labels';
import { useReferralAudit } from '../hooks/use-referral-audit';

/** Who read or changed this file, and when: every access to a family's data is on record. */
export function AuditTrail({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const audit = useReferralAudit(referralId);
  // Every list view is on record too; hidden by default so that real reads and changes stand out.
  const [showListViews, setShowListViews] = useState(false);
  return (
    <QueryState query={audit}>
      {(all) => {
        const items = showListViews ? all : all.filter((event) => event.action !== 'list');
        const toggle = (
          <Switch
            label={t('audit.showListViews', {
              count: all.length - all.filter((e) => e.action !== 'list').length,
            })}
            checked={showListViews}
            onChange={(event) => setShowListViews(event.currentTarget.checked)}
          />
        );
        return items.length === 0 ? (
          <Stack>
            {toggle}
            <Text c="dimmed">{t('audit.empty')}</Text>
          </Stack>
        ) : (
          <Stack>
            {toggle}
            <Table.ScrollContainer minWidth={520}>
              <Table striped>
                <Table.Caption>{t('audit.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('audit.when')}</Table.Th>
                    <Table.Th>{t('audit.who')}</Table.Th>
                    <Table.Th>{t('audit.what')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {/* Newest first: the question is usually "who looked at this lately?" */}
                  {[...items].reverse().map((event) => (
                    <Table.Tr key={event.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at)}</Table.Td>
                      <Table.Td>{event.actor.displayName ?? t('audit.system')}</Table.Td>
                      <Table.Td>
                        {labels.auditAction(event.action)}
                        {event.entityType === 'family' ? ` (${t('audit.familyRecord')})` : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        );
      }}
    </QueryState>
  );
}
