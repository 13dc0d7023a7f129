import {
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFileDto, NetworkMemberBody } from '../../../../contracts/families';
import { DateField } from '../../../components/ui/date-field';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { SaveError } from '../../../components/ui/save-error';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { recordChangedOf } from '../../../lib/record-changed';
import { useAddNetworkMember, useEditNetworkMember } from '../hooks/use-family';

type Entry = FamilyFileDto['network'][number];

function NetworkModal({
  familyId,
  entry,
  onClose,
}: {
  familyId: string;
  entry: Entry | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const add = useAddNetworkMember(familyId);
  const edit = useEditNetworkMember(familyId);
  const mutation = entry ? edit : add;
  const [v, setV] = useState<NetworkMemberBody>(
    entry ?? {
      kind: 'informal',
      name: '',
      relation: '',
      organisation: '',
      role: '',
      contact: '',
      since: null,
      until: null,
      note: '',
    },
  );
  // ADR 020: the version this change starts from; a stale save reloads the saved entry.
  const [baseVersion, setBaseVersion] = useState(entry?.version ?? 1);
  const set = (patch: Partial<NetworkMemberBody>) => setV((old) => ({ ...old, ...patch }));
  const text = (field: keyof NetworkMemberBody, label: string) => (
    <TextInput
      label={label}
      value={(v[field] as string | null) ?? ''}
      onChange={(e) => set({ [field]: e.currentTarget.value })}
    />
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!v.name.trim()) return;
    if (entry)
      edit.mutate(
        { entryId: entry.id, body: { ...v, baseVersion } },
        {
          onSuccess: onClose,
          onError: (error) => {
            const changed = recordChangedOf(error);
            if (!changed) return;
            setV({ ...(changed.current as Entry) });
            setBaseVersion(changed.currentVersion);
          },
        },
      );
    else add.mutate(v, { onSuccess: onClose });
  };
  const isProfessional = v.kind === 'professional';
  return (
    <LabelledModal
      opened
      onClose={onClose}
      title={entry ? t('family.network.edit') : t('family.network.add')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('family.network.kind')}
            value={v.kind}
            onChange={(kind) => set({ kind: kind as NetworkMemberBody['kind'] })}
            data={(['informal', 'professional'] as const).map((k) => ({
              value: k,
              label: labels.networkKind(k),
            }))}
          />
          <TextInput
            label={t('family.network.name')}
            required
            value={v.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={mutation.isError && !v.name.trim() ? t('errors:validation.required') : undefined}
          />
          {isProfessional
            ? text('organisation', t('family.network.organisation'))
            : text('relation', t('family.network.relation'))}
          {isProfessional ? text('role', t('family.network.role')) : null}
          {text('contact', t('family.network.contact'))}
          <Group grow>
            <DateField
              label={t('family.network.since')}
              value={v.since ?? null}
              onChange={(since) => set({ since })}
            />
            <DateField
              label={t('family.network.until')}
              value={v.until ?? null}
              onChange={(until) => set({ until })}
            />
          </Group>
          <Textarea
            label={t('family.network.note')}
            autosize
            minRows={2}
            value={v.note ?? ''}
            onChange={(e) => set({ note: e.currentTarget.value })}
          />
          <SaveError error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('journey.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </LabelledModal>
  );
}

/** The network map: who is around the family, and the "kluwen" of services (R17, R21). */
export function NetworkCard({ file }: { file: FamilyFileDto }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Entry | 'new' | null>(null);
  const groups = (['informal', 'professional'] as const).map((kind) => ({
    kind,
    entries: file.network.filter((n) => n.kind === kind),
  }));
  return (
    <SectionCard title={t('family.network.title')}>
      <Group gap="xs" mb="sm">
        <Badge variant="light" color="blue" radius="sm" size="lg">
          {t('family.network.services', { count: file.professionalServices })}
        </Badge>
      </Group>
      {file.network.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('family.network.empty')}
        </Text>
      ) : (
        groups.map((group) =>
          group.entries.length === 0 ? null : (
            <ScrollTable minWidth={520} key={group.kind} mb="sm">
              <Table>
                <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
                  {t(`family.network.group.${group.kind}`)}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('family.network.name')}</Table.Th>
                    <Table.Th>
                      {group.kind === 'informal'
                        ? t('family.network.relation')
                        : t('family.network.organisation')}
                    </Table.Th>
                    <Table.Th>{t('family.network.role')}</Table.Th>
                    <Table.Th>{t('family.network.period')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('common.edit')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {group.entries.map((n) => (
                    <Table.Tr key={n.id} c={n.isActive ? undefined : 'dimmed'}>
                      <Table.Td>{n.name}</Table.Td>
                      <Table.Td>{(group.kind === 'informal' ? n.relation : n.organisation) || '—'}</Table.Td>
                      <Table.Td>{n.role || '—'}</Table.Td>
                      <Table.Td>
                        {n.since ? t('family.network.sinceDate', { date: formatDate(n.since) }) : ''}
                        {n.until ? ` ${t('family.network.untilDate', { date: formatDate(n.until) })}` : ''}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          onClick={() => setEditing(n)}
                          aria-label={t('family.network.editOne', { name: n.name })}
                        >
                          {t('common.edit')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          ),
        )
      )}
      <Group justify="flex-end">
        <Button variant="light" size="sm" onClick={() => setEditing('new')}>
          {t('family.network.add')}
        </Button>
      </Group>
      {editing ? (
        <NetworkModal
          familyId={file.id}
          entry={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </SectionCard>
  );
}
