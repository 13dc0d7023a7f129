import { Badge, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReferralSummaryDto } from '../../../../contracts/intake';
import { RouterAnchor } from '../../../components/ui/router-links';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate } from '../../../lib/format';
import { useCodeLabels } from '../../../lib/labels';
import { DeadlineBadge } from './deadline-badge';
import { OverQuotaBadge } from './over-quota-badge';
import { StatusBadge } from './status-badge';

type ReferralTableProps = { referrals: ReferralSummaryDto[] };

function AnswerCell({ referral }: { referral: ReferralSummaryDto }) {
  const { t } = useTranslation();
  const { answer } = referral;
  const isOpen = answer.state === 'onTime' || answer.state === 'dueToday' || answer.state === 'overdue';
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm">{formatDate(answer.dueOn)}</Text>
      <DeadlineBadge state={answer.state} />
      {isOpen ? (
        <Text size="xs" c="dimmed">
          {t('referrals.table.workingDaysOpen', { count: answer.workingDaysOpen })}
        </Text>
      ) : null}
    </Stack>
  );
}

function PerspectiveCell({ referral }: { referral: ReferralSummaryDto }) {
  const { t } = useTranslation();
  const { perspectiveConversation: pc } = referral;
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm">{formatDate(pc.dueOn)}</Text>
      <DeadlineBadge state={pc.state} />
      {pc.heldOn ? (
        <Text size="xs" c="dimmed">
          {t('referrals.table.heldOn', { date: formatDate(pc.heldOn) })}
        </Text>
      ) : null}
    </Stack>
  );
}

function ReferralRow({ referral }: { referral: ReferralSummaryDto }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const navigate = useNavigate();
  const open = () => navigate({ to: '/referrals/$id', params: { id: referral.id } });
  return (
    <Table.Tr onClick={open} style={{ cursor: 'pointer' }}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <RouterAnchor
          to="/referrals/$id"
          params={{ id: referral.id }}
          fw={600}
          size="sm"
          onClick={(e) => e.stopPropagation()}
        >
          {referral.reference}
        </RouterAnchor>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(referral.receivedOn)}</Table.Td>
      <Table.Td>
        {/* The contract says string, but an anonymous family (R31) comes without a label. */}
        {referral.familyLabel ? (
          <Text size="sm">{referral.familyLabel}</Text>
        ) : (
          <Text size="sm" fs="italic">
            {/* R31: a family not yet known by name goes by its pseudonym. */}
            {referral.pseudonym ?? t('referrals.table.anonymousFamily')}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('referrals.table.children', { count: referral.childrenCount })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{referral.municipality.name}</Text>
        <Text size="xs" c="dimmed">
          {referral.primaryCareZone?.name ?? t('referrals.table.noZone')}
        </Text>
        {referral.isOutsideRegion ? (
          <Badge color="orange" variant="light" radius="sm" size="sm">
            {t('referrals.outsideRegion')}
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>{labels.fundingLine(referral.fundingLine.code, referral.fundingLine.name)}</Table.Td>
      <Table.Td>
        <Text size="sm">{labels.organisationKind(referral.registrant.organisationKind)}</Text>
        <Text size="xs" c="dimmed">
          {referral.registrant.organisationName}
        </Text>
      </Table.Td>
      <Table.Td>
        {referral.referredThrough ? (
          <>
            <Text size="sm">{labels.organisationKind(referral.referredThrough.kind)}</Text>
            {referral.referredThrough.name ? (
              <Text size="xs" c="dimmed">
                {referral.referredThrough.name}
              </Text>
            ) : null}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <StatusBadge status={referral.status} />
          {referral.duplicateReview === 'pending' ? (
            <Badge color="red.9" variant="filled" radius="sm" size="sm">
              {t('referrals.duplicateBadge')}
            </Badge>
          ) : null}
          {referral.overQuota ? <OverQuotaBadge size="sm" /> : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        <AnswerCell referral={referral} />
      </Table.Td>
      <Table.Td>
        <PerspectiveCell referral={referral} />
      </Table.Td>
    </Table.Tr>
  );
}

export function ReferralTable({ referrals }: ReferralTableProps) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={1040}>
      <Table highlightOnHover verticalSpacing="xs" horizontalSpacing="xs" striped fz="sm">
        <Table.Caption>{t('referrals.table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('referrals.table.reference')}</Table.Th>
            <Table.Th>{t('referrals.table.receivedOn')}</Table.Th>
            <Table.Th>{t('referrals.table.family')}</Table.Th>
            <Table.Th>{t('referrals.table.municipality')}</Table.Th>
            <Table.Th>{t('referrals.table.fundingLine')}</Table.Th>
            <Table.Th>{t('referrals.table.registrant')}</Table.Th>
            <Table.Th>{t('referrals.table.referredThrough')}</Table.Th>
            <Table.Th>{t('referrals.table.status')}</Table.Th>
            <Table.Th>{t('referrals.table.answerDue')}</Table.Th>
            <Table.Th>{t('referrals.table.perspectiveDue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referrals.map((referral) => (
            <ReferralRow key={referral.id} referral={referral} />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
