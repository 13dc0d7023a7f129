import { Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDto } from '../../../../../contracts/intake';
import { SectionCard } from '../../../../components/ui/section-card';
import { formatDate } from '../../../../lib/format';
import { useCodeLabels } from '../../../../lib/labels';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children || '—'}
      </Text>
    </div>
  );
}

export function ReferralSummary({ referral }: { referral: ReferralDto }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const { registrant, referredThrough } = referral;
  return (
    <Stack gap="md">
      <SectionCard title={t('detail.referral')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" component="dl" m={0}>
          <Field label={t('detail.receivedOn')}>{formatDate(referral.receivedOn)}</Field>
          <Field label={t('detail.fundingLine')}>
            {labels.fundingLine(referral.fundingLine.code, referral.fundingLine.name)}
          </Field>
          <Field label={t('detail.consent')}>
            {referral.consentToRefer ? t('common.yes') : t('common.no')}
          </Field>
          <Field label={t('detail.registrant')}>
            {labels.organisationKind(registrant.organisationKind)} — {registrant.organisationName}
          </Field>
          <Field label={t('detail.contact')}>
            {[registrant.contactName, registrant.contactEmail, registrant.contactPhone]
              .filter(Boolean)
              .join(' · ')}
          </Field>
          <Field label={t('detail.referredThrough')}>
            {referredThrough
              ? [labels.organisationKind(referredThrough.kind), referredThrough.name]
                  .filter(Boolean)
                  .join(' — ')
              : ''}
          </Field>
        </SimpleGrid>
      </SectionCard>

      <SectionCard title={t('detail.family')}>
        <Group gap="xs" mb="sm">
          <Text size="sm">
            {referral.municipality.name} ({referral.municipality.nisCode})
            {referral.primaryCareZone ? ` · ${referral.primaryCareZone.name}` : ''}
          </Text>
          {referral.isOutsideRegion ? (
            <Badge color="orange" variant="light" radius="sm">
              {t('referrals.outsideRegion')}
            </Badge>
          ) : null}
        </Group>
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('detail.members.role')}</Table.Th>
                <Table.Th>{t('detail.members.name')}</Table.Th>
                <Table.Th>{t('detail.members.date')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referral.members.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{labels.memberRole(m.role)}</Table.Td>
                  <Table.Td>
                    {[m.givenName, m.familyName].filter(Boolean).join(' ') || (
                      <Text span size="sm" c="dimmed" fs="italic">
                        {t('common.anonymous')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {m.birthDate
                      ? formatDate(m.birthDate)
                      : m.dueDate
                        ? t('detail.members.due', { date: formatDate(m.dueDate) })
                        : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SectionCard>

      <SectionCard title={t('detail.requestForHelp')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {referral.requestForHelp}
        </Text>
      </SectionCard>
    </Stack>
  );
}
