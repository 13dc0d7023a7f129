import { Button, Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from './scroll-table';

export type RecordColumn<Row> = { header: ReactNode; cell: (row: Row) => ReactNode; isNowrap?: boolean };

type RecordTableProps<Row extends { id: string }> = {
  rows: readonly Row[];
  columns: readonly RecordColumn<Row>[];
  /** Below this width the table scrolls in its own box and says so. */
  minWidth: number;
  caption?: ReactNode;
  /** A row that no longer holds (a former member, an ended contact) is shown dimmed, not hidden. */
  isDimmed?: (row: Row) => boolean;
  /** Without it the table only reads; with it each row gets an edit button named after the row. */
  edit?: { onEdit: (row: Row) => void; label: (row: Row) => string };
};

/**
 * The list of people on a card: family members, the family's network, a body's members. One
 * table so they read and are edited alike: a caption on top, one row per person, an edit button
 * whose name says whom it edits (a column of "Wijzigen" alone is useless to a screen reader).
 */
export function RecordTable<Row extends { id: string }>({
  rows,
  columns,
  minWidth,
  caption,
  isDimmed,
  edit,
}: RecordTableProps<Row>) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={minWidth} mb="sm">
      <Table verticalSpacing="xs" fz="sm">
        {caption ? (
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
            {caption}
          </Table.Caption>
        ) : null}
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed per table
              <Table.Th key={i}>{column.header}</Table.Th>
            ))}
            {edit ? (
              <Table.Th>
                <VisuallyHidden>{t('common.edit')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} c={isDimmed?.(row) ? 'dimmed' : undefined}>
              {columns.map((column, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed per table
                <Table.Td key={i} style={column.isNowrap ? { whiteSpace: 'nowrap' } : undefined}>
                  {column.cell(row)}
                </Table.Td>
              ))}
              {edit ? (
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => edit.onEdit(row)}
                    aria-label={edit.label(row)}
                  >
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
