import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BodyMemberDto } from '../../../../contracts/governance/bodies';
import { type RecordColumn, RecordTable } from '../../../components/ui/record-table';
import { formatDate } from '../../../lib/format';

type MembersTableProps = { members: BodyMemberDto[]; onEdit?: (member: BodyMemberDto) => void };

/** A body's members, the current ones first; a former member stays, dimmed, for the minutes. */
export function MembersTable({ members, onEdit }: MembersTableProps) {
  const { t } = useTranslation();
  const columns: RecordColumn<BodyMemberDto>[] = [
    {
      header: t('governance.member.name'),
      cell: (m) => (
        <>
          <Text size="sm" fw={600}>
            {m.name}
          </Text>
          {m.userId ? (
            <Badge size="xs" variant="light" radius="sm">
              {t('governance.member.hasAccount')}
            </Badge>
          ) : null}
        </>
      ),
    },
    { header: t('governance.member.organisation'), cell: (m) => m.organisation?.name ?? '—' },
    { header: t('governance.member.role'), cell: (m) => t(`codes:governanceMemberRole.${m.role}`) },
    {
      header: t('governance.member.period'),
      isNowrap: true,
      cell: (m) => (
        <>
          {formatDate(m.from)} – {m.to ? formatDate(m.to) : t('governance.member.ongoing')}
          {m.isCurrent ? null : (
            <Text size="xs" c="dimmed">
              {t('governance.member.former')}
            </Text>
          )}
        </>
      ),
    },
    { header: t('governance.member.deputy'), cell: (m) => m.deputy?.name ?? '—' },
  ];
  return (
    <RecordTable
      rows={members}
      columns={columns}
      minWidth={720}
      caption={t('governance.member.caption')}
      isDimmed={(m) => !m.isCurrent}
      edit={onEdit ? { onEdit, label: (m) => t('governance.member.editNamed', { name: m.name }) } : undefined}
    />
  );
}
