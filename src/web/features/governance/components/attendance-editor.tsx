import { Alert, Button, Group, Radio, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyMemberDto } from '../../../../contracts/governance/bodies';
import type { AttendanceBody, AttendanceDto, MeetingDto } from '../../../../contracts/governance/meetings';
import { ATTENDANCE_STATUSES } from '../../../../contracts/governance/meetings';
import { isMembershipCurrent } from '../../../../domain/meetings';
import { isApiError } from '../../../lib/api';
import { recordAttendance } from '../api/governance-api';
import { useMeetingMutation } from '../hooks/use-governance';

type Row = {
  memberId: string;
  name: string;
  organisation: string | null;
  status: AttendanceDto['status'];
  by: string;
};
type Guest = { name: string; organisationName: string };

/** R15: present, excused, or represented by someone ("tvv"); guests who came along. */
export function AttendanceEditor({ meeting, members }: { meeting: MeetingDto; members: BodyMemberDto[] }) {
  const { t } = useTranslation();
  const recorded = meeting.minutes?.attendance ?? [];
  const [rows, setRows] = useState<Row[]>(() =>
    members
      .filter(
        (m) =>
          isMembershipCurrent({ from: m.from, to: m.to }, meeting.date) ||
          recorded.some((a) => a.memberId === m.id),
      )
      .map((m) => {
        const a = recorded.find((r) => r.memberId === m.id);
        return {
          memberId: m.id,
          name: m.name,
          organisation: m.organisation?.name ?? null,
          status: a?.status ?? 'present',
          by: a?.representedByName ?? '',
        };
      }),
  );
  const [guests, setGuests] = useState<Guest[]>(() =>
    recorded
      .filter((a) => !a.memberId)
      .map((a) => ({ name: a.name, organisationName: a.organisationName ?? '' })),
  );
  const save = useMeetingMutation(meeting.id, (body: AttendanceBody) => recordAttendance(meeting.id, body));
  const problem = (index: number) =>
    isApiError(save.error)
      ? save.error.fieldProblems.find((p) => p.field.startsWith(`entries.${index}.`))?.message
      : undefined;
  const update = (index: number, patch: Partial<Row>) =>
    setRows((current) => current.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        entries: [
          ...rows.map((r) => ({
            memberId: r.memberId,
            status: r.status,
            representedByName: r.status === 'represented' ? r.by : null,
          })),
          ...guests
            .filter((g) => g.name.trim())
            .map((g) => ({
              name: g.name,
              organisationName: g.organisationName || null,
              status: 'present' as const,
            })),
        ],
      },
      { onSuccess: () => notifications.show({ color: 'green', message: t('governance.attendance.saved') }) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.error && !isApiError(save.error, 'VALIDATION_FAILED') && !problem(0) ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        <Table verticalSpacing="xs" fz="sm">
          <Table.Caption>{t('governance.attendance.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('governance.member.name')}</Table.Th>
              <Table.Th>{t('governance.attendance.status')}</Table.Th>
              <Table.Th>{t('governance.attendance.representedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={row.memberId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {row.name}
                  </Text>
                  {row.organisation ? (
                    <Text size="xs" c="dimmed">
                      {row.organisation}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Radio.Group
                    // The name is in the row already; the group still needs it for screen readers.
                    label={
                      <VisuallyHidden>
                        {t('governance.attendance.statusOf', { name: row.name })}
                      </VisuallyHidden>
                    }
                    value={row.status}
                    onChange={(value) => update(index, { status: value as Row['status'] })}
                  >
                    <Group gap="md">
                      {ATTENDANCE_STATUSES.map((s) => (
                        <Radio key={s} value={s} label={t(`codes:governanceAttendance.${s}`)} />
                      ))}
                    </Group>
                  </Radio.Group>
                </Table.Td>
                <Table.Td>
                  {row.status === 'represented' ? (
                    <TextInput
                      aria-label={t('governance.attendance.representedByOf', { name: row.name })}
                      placeholder={t('governance.attendance.representedByPlaceholder')}
                      value={row.by}
                      onChange={(e) => update(index, { by: e.currentTarget.value })}
                      error={problem(index)}
                    />
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('governance.attendance.guests')}
          </Text>
          {guests.map((guest, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: guests have no id until saved
            <Group key={index} gap="sm" align="flex-end">
              <TextInput
                label={t('governance.attendance.guestName', { number: index + 1 })}
                value={guest.name}
                onChange={(e) => {
                  const name = e.currentTarget.value;
                  setGuests((g) => g.map((x, i) => (i === index ? { ...x, name } : x)));
                }}
              />
              <TextInput
                label={t('governance.attendance.guestOrganisation', { number: index + 1 })}
                value={guest.organisationName}
                onChange={(e) => {
                  const organisationName = e.currentTarget.value;
                  setGuests((g) => g.map((x, i) => (i === index ? { ...x, organisationName } : x)));
                }}
              />
              <Button
                variant="subtle"
                c="red.9"
                onClick={() => setGuests((g) => g.filter((_, i) => i !== index))}
              >
                {t('governance.attendance.removeGuest', { number: index + 1 })}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setGuests((g) => [...g, { name: '', organisationName: '' }])}
            >
              {t('governance.attendance.addGuest')}
            </Button>
          </Group>
        </Stack>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('governance.attendance.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Attendance as the minutes show it, for readers. */
export function AttendanceSummary({ attendance }: { attendance: AttendanceDto[] }) {
  const { t } = useTranslation();
  const who = (a: AttendanceDto) => {
    const name = a.organisationName ? `${a.name} (${a.organisationName})` : a.name;
    return a.status === 'represented' && a.representedByName
      ? t('governance.attendance.tvv', { representative: a.representedByName, member: name })
      : name;
  };
  if (attendance.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('governance.attendance.none')}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Text size="sm">
        <strong>{t('codes:governanceAttendance.present')}:</strong>{' '}
        {attendance
          .filter((a) => a.status !== 'excused')
          .map(who)
          .join(', ')}
      </Text>
      <Text size="sm">
        <strong>{t('codes:governanceAttendance.excused')}:</strong>{' '}
        {attendance
          .filter((a) => a.status === 'excused')
          .map(who)
          .join(', ') || '—'}
      </Text>
    </Stack>
  );
}
