import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferDto } from '../../../../contracts/socialmap';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { useServedZones, useZoneNames } from '../../../lib/reference-data';
import { hasPermission, useUser } from '../../../lib/session';
import { useSaveOffer, useSocialMap } from '../hooks/use-social-map';
import { OfferModal } from './offer-modal';

/**
 * Issue 14 point 1: the worker looking for follow-up care searches by words, the child's age and the
 * zone; each partner's report of its waiting time stands beside what eenplan knows (R18).
 */
export function SocialMapSearch() {
  const { t } = useTranslation();
  const user = useUser();
  const keeps = hasPermission(user, 'organisation:manage');
  const zones = useServedZones();
  const [q, setQ] = useState('');
  const [age, setAge] = useState<number | string>('');
  const [zone, setZone] = useState<string | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [debouncedQ] = useDebouncedValue(q, 250);
  const map = useSocialMap({
    q: debouncedQ,
    age: age === '' ? undefined : Number(age),
    zone: zone ?? undefined,
    includeInactive,
  });
  const [editing, setEditing] = useState<OfferDto | 'new' | null>(null);

  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('socialMap.search')}
          placeholder={t('socialMap.searchPlaceholder')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          style={{ flex: '2 1 16rem' }}
        />
        <NumberInput
          label={t('socialMap.age')}
          min={0}
          max={120}
          value={age}
          onChange={setAge}
          style={{ flex: '0 1 8rem' }}
        />
        <Select
          label={t('socialMap.zone')}
          clearable
          data={(zones.data ?? []).map((z) => ({ value: z.code, label: z.name }))}
          value={zone}
          onChange={setZone}
          style={{ flex: '1 1 12rem' }}
        />
        {keeps ? (
          <>
            <Switch
              label={t('socialMap.includeInactive')}
              checked={includeInactive}
              onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
            />
            <Button onClick={() => setEditing('new')}>{t('socialMap.addOffer')}</Button>
          </>
        ) : null}
      </Group>
      <QueryState query={map}>
        {(data) =>
          data.offers.length === 0 ? (
            <Text c="dimmed">{t('socialMap.none')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {data.offers.map((offer) => (
                <OfferCard key={offer.id} offer={offer} keeps={keeps} onEdit={() => setEditing(offer)} />
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
      {editing ? (
        <OfferModal current={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Stack>
  );
}

function OfferCard({ offer, keeps, onEdit }: { offer: OfferDto; keeps: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const zoneName = useZoneNames();
  const save = useSaveOffer();
  const ages =
    offer.ageFrom === null && offer.ageTo === null
      ? t('socialMap.allAges')
      : offer.ageTo === null
        ? t('socialMap.agesFrom', { from: offer.ageFrom })
        : offer.ageFrom === null
          ? t('socialMap.agesUpTo', { to: offer.ageTo })
          : t('socialMap.ages', { from: offer.ageFrom, to: offer.ageTo });
  return (
    <Card
      withBorder
      radius="md"
      component="article"
      aria-label={`${offer.service} — ${offer.organisationName}`}
      opacity={offer.isActive ? 1 : 0.7}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Text fw={700}>{offer.service}</Text>
            <Text size="sm" c="dimmed">
              {offer.organisationName}
            </Text>
          </div>
          {offer.isActive ? null : <Badge color="gray">{t('socialMap.inactive')}</Badge>}
        </Group>
        {offer.targetGroup ? <Text size="sm">{offer.targetGroup}</Text> : null}
        <Text size="sm">
          {ages} ·{' '}
          {offer.zoneCodes.length === 0
            ? t('socialMap.wholeRegion')
            : offer.zoneCodes.map(zoneName).join(', ')}
        </Text>
        {offer.howToRefer ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            <strong>{t('socialMap.howToRefer')}:</strong> {offer.howToRefer}
          </Text>
        ) : null}
        {offer.contact ? <Text size="sm">{offer.contact}</Text> : null}
        <Waiting offer={offer} />
        {keeps ? (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={onEdit}>
              {t('common.edit')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              loading={save.isPending}
              onClick={() =>
                save.mutate({ current: offer, body: offerBody(offer), isActive: !offer.isActive })
              }
            >
              {offer.isActive ? t('socialMap.takeOff') : t('socialMap.putBack')}
            </Button>
          </Group>
        ) : null}
        {save.error ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}

/** What the partner reports beside what eenplan knows (R18); either may be missing. */
function Waiting({ offer }: { offer: OfferDto }) {
  const { t } = useTranslation();
  const reported =
    offer.reportedWaitWeeks === null
      ? t('socialMap.notReported')
      : offer.reportedWaitWeeks === 0
        ? t('socialMap.noWait', { on: formatDate(offer.waitReportedOn) })
        : t('socialMap.reportedWait', {
            count: offer.reportedWaitWeeks,
            on: formatDate(offer.waitReportedOn),
          });
  const known =
    offer.knownWaiting.families === 0
      ? t('socialMap.noneWaiting')
      : t('socialMap.knownWaiting', {
          count: offer.knownWaiting.families,
          since: formatDate(offer.knownWaiting.longestSince),
        });
  return (
    <Stack gap={2} p="xs" style={{ background: 'var(--mantine-color-gray-0)', borderRadius: 6 }}>
      <Text size="sm">
        <strong>{t('socialMap.reportedLabel')}:</strong> {reported}
      </Text>
      <Text size="sm">
        <strong>{t('socialMap.knownLabel')}:</strong> {known}
      </Text>
    </Stack>
  );
}

const offerBody = (offer: OfferDto) => ({
  organisationId: offer.organisationId,
  service: offer.service,
  targetGroup: offer.targetGroup,
  ageFrom: offer.ageFrom,
  ageTo: offer.ageTo,
  zoneCodes: offer.zoneCodes,
  howToRefer: offer.howToRefer,
  contact: offer.contact,
  reportedWaitWeeks: offer.reportedWaitWeeks,
  waitReportedOn: offer.waitReportedOn,
});
