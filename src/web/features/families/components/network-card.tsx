import { Badge, Button, Group, SegmentedControl, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFileDto, NetworkMemberBody } from '../../../../contracts/families';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { type RecordColumn, RecordTable } from '../../../components/ui/record-table';
import { SectionCard } from '../../../components/ui/section-card';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { recordChangedOf } from '../../../lib/record-changed';
import { useAddNetworkMember, useEditNetworkMember } from '../hooks/use-family';

type Entry = FamilyFileDto['network'][number];
const FIELDS = [
  'kind',
  'name',
  'relation',
  'organisation',
  'role',
  'contact',
  'since',
  'until',
  'note',
] as const satisfies readonly (keyof NetworkMemberBody)[];

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
  const problems = useFormProblems(FIELDS);
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
  const set = (patch: Partial<NetworkMemberBody>) => {
    for (const field of Object.keys(patch)) problems.clear(field);
    setV((old) => ({ ...old, ...patch }));
  };
  const text = (field: (typeof FIELDS)[number], label: string) => (
    <TextInput
      label={label}
      value={(v[field] as string | null) ?? ''}
      onChange={(e) => set({ [field]: e.currentTarget.value })}
      error={problems.fieldError(field)}
    />
  );
  const onError = (error: Error) => {
    problems.fromServer(error);
    const changed = recordChangedOf(error);
    if (!changed) return;
    setV({ ...(changed.current as Entry) });
    setBaseVersion(changed.currentVersion);
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    problems.clear();
    if (!v.name.trim()) return problems.setFieldError('name', t('errors:validation.required'));
    if (entry)
      edit.mutate({ entryId: entry.id, body: { ...v, baseVersion } }, { onSuccess: onClose, onError });
    else add.mutate(v, { onSuccess: onClose, onError });
  };
  const isProfessional = v.kind === 'professional';
  return (
    <FormDialog
      onClose={onClose}
      title={entry ? t('family.network.edit') : t('family.network.add')}
      onSubmit={submit}
      problems={problems}
      isPending={mutation.isPending}
    >
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
        error={problems.fieldError('name')}
      />
      {isProfessional
        ? text('organisation', t('family.network.organisation'))
        : text('relation', t('family.network.relation'))}
      {isProfessional ? text('role', t('family.network.role')) : null}
      {text('contact', t('family.network.contact'))}
      <Group grow align="flex-start">
        <DateField
          label={t('family.network.since')}
          value={v.since ?? null}
          onChange={(since) => set({ since })}
          error={problems.fieldError('since')}
        />
        <DateField
          label={t('family.network.until')}
          value={v.until ?? null}
          onChange={(until) => set({ until })}
          error={problems.fieldError('until')}
        />
      </Group>
      <Textarea
        label={t('family.network.note')}
        autosize
        minRows={2}
        value={v.note ?? ''}
        onChange={(e) => set({ note: e.currentTarget.value })}
        error={problems.fieldError('note')}
      />
    </FormDialog>
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
  const columns = (kind: Entry['kind']): RecordColumn<Entry>[] => [
    { header: t('family.network.name'), cell: (n) => n.name },
    kind === 'informal'
      ? { header: t('family.network.relation'), cell: (n) => n.relation || '—' }
      : { header: t('family.network.organisation'), cell: (n) => n.organisation || '—' },
    { header: t('family.network.role'), cell: (n) => n.role || '—' },
    {
      header: t('family.network.period'),
      cell: (n) =>
        `${n.since ? t('family.network.sinceDate', { date: formatDate(n.since) }) : ''}${
          n.until ? ` ${t('family.network.untilDate', { date: formatDate(n.until) })}` : ''
        }`,
    },
  ];
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
            <RecordTable
              key={group.kind}
              rows={group.entries}
              columns={columns(group.kind)}
              minWidth={520}
              caption={t(`family.network.group.${group.kind}`)}
              isDimmed={(n) => !n.isActive}
              edit={{ onEdit: setEditing, label: (n) => t('family.network.editOne', { name: n.name }) }}
            />
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
