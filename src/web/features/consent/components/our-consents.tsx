import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FamilyConsentsDto } from '../../../../contracts/consent';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { useOurConsents, useWithdrawOurConsent } from '../hooks/use-consent';
import { useConsentLabels } from './consent-labels';

/**
 * The family's own page (R29, R16), in plain words for a phone: what we allowed whom, a button to
 * take back our own consent, and the list of everything that was shared and with whom.
 */
export function OurConsents() {
  const consents = useOurConsents();
  return <QueryState query={consents}>{(data) => <Ours data={data} />}</QueryState>;
}

function Ours({ data }: { data: FamilyConsentsDto }) {
  const { t } = useTranslation();
  const labels = useConsentLabels();
  const withdraw = useWithdrawOurConsent();
  return (
    <Stack gap="lg">
      <section aria-labelledby="our-consents">
        <Title order={2} size="h3" id="our-consents" mb="xs">
          {t('ourConsents.consents')}
        </Title>
        <Text size="sm" mb="sm">
          {t('ourConsents.intro')}
        </Text>
        {withdraw.error ? <Alert color="red">{t('ourConsents.withdrawFailed')}</Alert> : null}
        {data.consents.length === 0 ? <Text size="sm">{t('ourConsents.none')}</Text> : null}
        <Stack gap="sm">
          {data.consents.map((c) => {
            const to = c.organisation?.name ?? labels.recipient(c.recipient);
            return (
              <Card
                key={c.id}
                withBorder
                padding="sm"
                component="article"
                aria-label={`${c.memberName ?? ''}: ${to}`}
              >
                <Text fw={600}>{to}</Text>
                <Text size="sm">
                  {t('ourConsents.what', { what: c.scopes.map(labels.scope).join(', '), purpose: c.purpose })}
                </Text>
                <Text size="sm">
                  {t('ourConsents.givenBy', { name: c.memberName ?? '—', date: formatDate(c.givenOn) })}
                </Text>
                <Group mt="xs" gap="sm">
                  {c.isInForce ? (
                    <Badge color="green">{t('ourConsents.inForce')}</Badge>
                  ) : (
                    <Badge color="gray">
                      {c.withdrawnOn
                        ? t('ourConsents.withdrawnOn', { date: formatDate(c.withdrawnOn) })
                        : '—'}
                    </Badge>
                  )}
                  {c.isInForce && c.memberId === data.memberId ? (
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      loading={withdraw.isPending}
                      aria-label={t('ourConsents.withdrawFor', { to })}
                      onClick={() => withdraw.mutate({ consentId: c.id, baseVersion: c.version })}
                    >
                      {t('ourConsents.withdraw')}
                    </Button>
                  ) : null}
                </Group>
              </Card>
            );
          })}
        </Stack>
      </section>
      <section aria-labelledby="our-log">
        <Title order={2} size="h3" id="our-log" mb="xs">
          {t('ourConsents.log')}
        </Title>
        {data.sharings.length === 0 ? <Text size="sm">{t('ourConsents.nothingShared')}</Text> : null}
        <Stack gap="sm">
          {data.sharings.map((s) => (
            <Card key={s.id} withBorder padding="sm" component="article" aria-label={s.organisation.name}>
              <Text fw={600}>{s.organisation.name}</Text>
              <Text size="sm">
                {t('ourConsents.shared', {
                  what: labels.scope(s.scope),
                  date: formatDate(s.sharedOn),
                  by: s.sharedBy,
                  purpose: s.purpose,
                })}
              </Text>
              {s.isConsentInForce ? null : (
                <Badge color="gray" mt="xs">
                  {t('ourConsents.closed')}
                </Badge>
              )}
            </Card>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
