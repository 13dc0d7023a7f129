import { Button, Group, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFileDto, MemberBody } from '../../../../contracts/families';
import { MEMBER_ROLES } from '../../../../contracts/intake';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { SaveError } from '../../../components/ui/save-error';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { personName, useAgeLabel, useJourneyLabels } from '../../../lib/journey-labels';
import { recordChangedOf } from '../../../lib/record-changed';
import { useAddMember, useEditMember } from '../hooks/use-family';

type Member = FamilyFileDto['members'][number];
const EMPTY: MemberBody = { role: 'child', givenName: '', familyName: '', birthDate: null, dueDate: null };

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
  const [values, setValues] = useState<MemberBody>(member ? { ...member } : EMPTY);
  // ADR 020: the version this correction starts from; a stale save reloads the saved member.
  const [baseVersion, setBaseVersion] = useState(member?.version ?? 1);
  const mutation = member ? edit : add;
  const set = (patch: Partial<MemberBody>) => setValues((v) => ({ ...v, ...patch }));
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = { ...values, givenName: values.givenName || null, familyName: values.familyName || null };
    if (member)
      edit.mutate(
        { memberId: member.id, body: { ...body, baseVersion } },
        {
          onSuccess: onClose,
          onError: (error) => {
            const changed = recordChangedOf(error);
            if (!changed) return;
            setValues({ ...(changed.current as Member) });
            setBaseVersion(changed.currentVersion);
          },
        },
      );
    else add.mutate(body, { onSuccess: onClose });
  };
  return (
    <LabelledModal
      opened
      onClose={onClose}
      title={member ? t('family.members.edit') : t('family.members.add')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('family.members.role')}
            data={MEMBER_ROLES.map((r) => ({ value: r, label: labels.memberRole(r) }))}
            value={values.role}
            onChange={(role) => role && set({ role: role as MemberBody['role'] })}
            allowDeselect={false}
          />
          <TextInput
            label={t('family.members.givenName')}
            value={values.givenName ?? ''}
            onChange={(e) => set({ givenName: e.currentTarget.value })}
          />
          <TextInput
            label={t('family.members.familyName')}
            value={values.familyName ?? ''}
            onChange={(e) => set({ familyName: e.currentTarget.value })}
          />
          <DateField
            label={t('family.members.birthDate')}
            maxDate={todayIso()}
            value={values.birthDate ?? null}
            onChange={(birthDate) => set({ birthDate })}
          />
          {values.role === 'child' && !values.birthDate ? (
            <DateField
              label={t('family.members.dueDate')}
              value={values.dueDate ?? null}
              onChange={(dueDate) => set({ dueDate })}
            />
          ) : null}
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

/** The family's members, a child's age from birth or due date; added and corrected here. */
export function MembersCard({ file }: { file: FamilyFileDto }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const ageOf = useAgeLabel();
  const today = todayIso();
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  return (
    <SectionCard title={t('family.members.title')}>
      <ScrollTable minWidth={480}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('family.members.name')}</Table.Th>
              <Table.Th>{t('family.members.role')}</Table.Th>
              <Table.Th>{t('family.members.date')}</Table.Th>
              <Table.Th>{t('family.members.age')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.edit')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {file.members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  {personName(m) || (
                    <Text span size="sm" fs="italic">
                      {t('common.anonymous')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{labels.memberRole(m.role)}</Table.Td>
                <Table.Td>
                  {m.birthDate
                    ? formatDate(m.birthDate)
                    : m.dueDate
                      ? t('family.members.due', { date: formatDate(m.dueDate) })
                      : '—'}
                </Table.Td>
                <Table.Td>{ageOf(m, today) || '—'}</Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => setEditing(m)}
                    aria-label={t('family.members.editOne', {
                      name: personName(m) || labels.memberRole(m.role),
                    })}
                  >
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Group justify="flex-end" mt="sm">
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
