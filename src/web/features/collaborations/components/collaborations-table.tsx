import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollaborationDto } from '../../../../contracts/collaborations';
import { SectionCard } from '../../../components/ui/section-card';
import { useCollaborations } from '../hooks/use-collaborations';
import { InviteCoordinatorModal } from './invite-coordinator-modal';

/** Issue 15: the installation's collaborations — name, zones, lead partner — and nothing of their families. */
export function CollaborationsTable() {
  const { t } = useTranslation();
  const collaborations = useCollaborations();
  const [inviting, setInviting] = useState<CollaborationDto | null>(null);

  return (
    <SectionCard title={t('platform.list.title')}>
      {collaborations.data?.length === 0 ? <Text c="dimmed">{t('platform.list.empty')}</Text> : null}
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('platform.list.name')}</Table.Th>
              <Table.Th>{t('platform.list.zones')}</Table.Th>
              <Table.Th>{t('platform.list.leadPartner')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('platform.list.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(collaborations.data ?? []).map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>{c.zones.map((z) => z.name).join(', ')}</Table.Td>
                <Table.Td>{c.leadPartner?.name ?? '—'}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => setInviting(c)}>
                    {t('platform.list.inviteCoordinator')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {inviting ? (
        <InviteCoordinatorModal collaboration={inviting} onClose={() => setInviting(null)} />
      ) : null}
    </SectionCard>
  );
}
