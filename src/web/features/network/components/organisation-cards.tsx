import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDto } from '../../../../contracts/network';
import { useCodeLabels } from '../../../lib/labels';
import { useOrganisations } from '../../../lib/reference-data';
import { useSetOrganisationActive } from '../hooks/use-organisation-changes';
import { OrganisationModal } from './organisation-modal';

/** Issue 12: the collaboration's partners as cards; deactivated ones stay, marked, at the end. */
export function OrganisationCards() {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const organisations = useOrganisations();
  const setActive = useSetOrganisationActive();
  const [editing, setEditing] = useState<OrganisationDto | null | 'new'>(null);
  const rows = [...(organisations.data ?? [])].sort((a, b) => Number(b.isActive) - Number(a.isActive));
  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button onClick={() => setEditing('new')}>{t('organisations.add')}</Button>
      </Group>
      {setActive.error ? (
        <Alert color="red" role="alert">
          {setActive.error.message}
        </Alert>
      ) : null}
      {rows.length === 0 && !organisations.isPending ? (
        <Text c="dimmed">{t('organisations.none')}</Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {rows.map((o) => (
          <Card
            key={o.id}
            withBorder
            radius="md"
            component="article"
            aria-label={o.name}
            opacity={o.isActive ? 1 : 0.7}
          >
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={700}>{o.name}</Text>
                <Badge variant="light" color={o.isActive ? 'blue' : 'gray'}>
                  {o.isActive ? labels.organisationKind(o.kind) : t('organisations.inactive')}
                </Badge>
              </Group>
              {o.address ? (
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {o.address}
                </Text>
              ) : null}
              {o.contactName || o.contactEmail || o.contactPhone ? (
                <Text size="sm" c="dimmed">
                  {[o.contactName, o.contactEmail, o.contactPhone].filter(Boolean).join(' · ')}
                </Text>
              ) : null}
              <Group gap="xs" mt="xs">
                <Button size="xs" variant="light" onClick={() => setEditing(o)}>
                  {t('organisations.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color={o.isActive ? 'red' : 'blue'}
                  loading={setActive.isPending && setActive.variables?.organisation.id === o.id}
                  onClick={() => setActive.mutate({ organisation: o, isActive: !o.isActive })}
                >
                  {o.isActive ? t('organisations.deactivate') : t('organisations.reactivate')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <OrganisationModal
        opened={editing !== null}
        current={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
