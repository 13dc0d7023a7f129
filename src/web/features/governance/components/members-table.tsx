import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BodyMemberDto } from '../../../../contracts/governance/bodies';
import { formatDate } from '../../../lib/format';

type MembersTableProps = { members: BodyMemberDto[]; onEdit?: (member: BodyMemberDto) => void };

export function MembersTable({ members, onEdit }: MembersTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" fz="sm" striped>
        <Table.Caption>{t('governance.member.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('governance.member.name')}</Table.Th>
            <Table.Th>{t('governance.member.organisation')}</Table.Th>
            <Table.Th>{t('governance.member.role')}</Table.Th>
            <Table.Th>{t('governance.member.period')}</Table.Th>
            <Table.Th>{t('governance.member.deputy')}</Table.Th>
            {onEdit ? <Table.Th>{t('governance.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.id} c={m.isCurrent ? undefined : 'dimmed'}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {m.name}
                </Text>
                {m.userId ? (
                  <Badge size="xs" variant="light" radius="sm">
                    {t('governance.member.hasAccount')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{m.organisation?.name ?? '—'}</Table.Td>
              <Table.Td>{t(`codes:governanceMemberRole.${m.role}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(m.from)} – {m.to ? formatDate(m.to) : t('governance.member.ongoing')}
                {m.isCurrent ? null : (
                  <Text size="xs" c="dimmed">
                    {t('governance.member.former')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{m.deputy?.name ?? '—'}</Table.Td>
              {onEdit ? (
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => onEdit(m)}
                    aria-label={t('governance.member.editNamed', { name: m.name })}
                  >
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
