import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFileDto, MemberBody } from '../../../../contracts/families';
import { MEMBER_ROLES } from '../../../../contracts/intake';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { type RecordColumn, RecordTable } from '../../../components/ui/record-table';
import { SectionCard } from '../../../components/ui/section-card';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { formatDate } from '../../../lib/format';
import { personName, useAgeLabel, useJourneyLabels } from '../../../lib/journey-labels';
import { recordChangedOf } from '../../../lib/record-changed';
import { useAddMember, useEditMember } from '../hooks/use-family';

type Member = FamilyFileDto['members'][number];
const EMPTY: MemberBody = { role: 'child', givenName: '', familyName: '', birthDate: null, dueDate: null };

const FIELDS = ['role', 'givenName', 'familyName', 'birthDate', 'dueDate'] as const;

function MemberModal({
  familyId,
  member,
  onClose,
}: {
  familyId: string;
  member: Member | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const add = useAddMember(familyId);
  const edit = useEditMember(familyId);
  const problems = useFormProblems(FIELDS);
  const [values, setValues] = useState<MemberBody>(member ? { ...member } : EMPTY);
  // ADR 020: the version this correction starts from; a stale save reloads the saved member.
  const [baseVersion, setBaseVersion] = useState(member?.version ?? 1);
  const mutation = member ? edit : add;
  const set = (patch: Partial<MemberBody>) => {
    for (const field of Object.keys(patch)) problems.clear(field);
    setValues((v) => ({ ...v, ...patch }));
  };
  const onError = (error: Error) => {
    problems.fromServer(error);
    const changed = recordChangedOf(error);
    if (!changed) return;
    setValues({ ...(changed.current as Member) });
    setBaseVersion(changed.currentVersion);
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    problems.clear();
    const body = { ...values, givenName: values.givenName || null, familyName: values.familyName || null };
    if (member)
      edit.mutate({ memberId: member.id, body: { ...body, baseVersion } }, { onSuccess: onClose, onError });
    else add.mutate(body, { onSuccess: onClose, onError });
  };
  return (
    <FormDialog
      onClose={onClose}
      title={member ? t('family.members.edit') : t('family.members.add')}
      onSubmit={submit}
      problems={problems}
      isPending={mutation.isPending}
    >
      <Select
        label={t('family.members.role')}
        data={MEMBER_ROLES.map((r) => ({ value: r, label: labels.memberRole(r) }))}
        value={values.role}
        onChange={(role) => role && set({ role: role as MemberBody['role'] })}
        allowDeselect={false}
        error={problems.fieldError('role')}
      />
      <TextInput
        label={t('family.members.givenName')}
        value={values.givenName ?? ''}
        onChange={(e) => set({ givenName: e.currentTarget.value })}
        error={problems.fieldError('givenName')}
      />
      <TextInput
        label={t('family.members.familyName')}
        value={values.familyName ?? ''}
        onChange={(e) => set({ familyName: e.currentTarget.value })}
        error={problems.fieldError('familyName')}
      />
      <DateField
        label={t('family.members.birthDate')}
        maxDate={todayIso()}
        value={values.birthDate ?? null}
        onChange={(birthDate) => set({ birthDate })}
        error={problems.fieldError('birthDate')}
      />
      {values.role === 'child' && !values.birthDate ? (
        <DateField
          label={t('family.members.dueDate')}
          value={values.dueDate ?? null}
          onChange={(dueDate) => set({ dueDate })}
          error={problems.fieldError('dueDate')}
        />
      ) : null}
    </FormDialog>
  );
}

/** The family's members, a child's age from birth or due date; added and corrected here. */
export function MembersCard({ file }: { file: FamilyFileDto }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const ageOf = useAgeLabel();
  const today = todayIso();
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const columns: RecordColumn<Member>[] = [
    {
      header: t('family.members.name'),
      cell: (m) =>
        personName(m) || (
          <Text span size="sm" fs="italic">
            {t('common.anonymous')}
          </Text>
        ),
    },
    { header: t('family.members.role'), cell: (m) => labels.memberRole(m.role) },
    {
      header: t('family.members.date'),
      cell: (m) =>
        m.birthDate
          ? formatDate(m.birthDate)
          : m.dueDate
            ? t('family.members.due', { date: formatDate(m.dueDate) })
            : '—',
    },
    { header: t('family.members.age'), cell: (m) => ageOf(m, today) || '—' },
  ];
  return (
    <SectionCard title={t('family.members.title')}>
      <RecordTable
        rows={file.members}
        columns={columns}
        minWidth={480}
        edit={{
          onEdit: setEditing,
          label: (m) => t('family.members.editOne', { name: personName(m) || labels.memberRole(m.role) }),
        }}
      />
      <Group justify="flex-end">
        <Button variant="light" size="sm" onClick={() => setEditing('new')}>
          {t('family.members.add')}
        </Button>
      </Group>
      {editing ? (
        <MemberModal
          familyId={file.id}
          member={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </SectionCard>
  );
}
