import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingLineOverviewDto, SpendingEntryDto } from '../../../../contracts/funding';
import { QueryState } from '../../../components/ui/query-state';
import { serverErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useEuro } from '../../../lib/use-euro';
import { useCancelSpending, useLedger } from '../hooks/use-funding';
import { LineModal, type LineModalProps } from './line-modal';

/** Cancelling asks why, in the row itself: the reason stays with the booking. */
function CancelForm({
  code,
  entry,
  onClose,
}: {
  code: string;
  entry: SpendingEntryDto;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const cancel = useCancelSpending();
  const [reason, setReason] = useState('');
  const problems = cancel.error ? serverErrors(cancel.error, ['reason'], t) : null;
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        label={t('funding.ledger.reason')}
        size="xs"
        style={{ flex: 1 }}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={problems?.fieldErrors.reason ?? problems?.general}
        required
      />
      <Button
        size="compact-sm"
        color="red.9"
        disabled={reason.trim() === ''}
        loading={cancel.isPending}
        onClick={() => cancel.mutate({ code, id: entry.id, reason: reason.trim() }, { onSuccess: onClose })}
      >
        {t('funding.ledger.confirm')}
      </Button>
    </Group>
  );
}

function Ledger({
  line,
  year,
  canManage,
}: {
  line: FundingLineOverviewDto;
  year: number;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const { euro } = useEuro();
  const ledger = useLedger(line.code, year);
  const [cancelling, setCancelling] = useState<string | null>(null);
  return (
    <QueryState query={ledger}>
      {(entries) =>
        entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('funding.ledger.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table fz="sm" verticalSpacing="xs" striped>
              <Table.Caption>{t('funding.ledger.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('funding.ledger.date')}</Table.Th>
                  <Table.Th>{t('funding.ledger.description')}</Table.Th>
                  <Table.Th ta="right">{t('funding.ledger.amount')}</Table.Th>
                  {canManage ? <Table.Th>{t('funding.ledger.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e) => (
                  <Table.Tr key={e.id} c={e.cancelled ? 'dimmed' : undefined}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.bookedOn)}</Table.Td>
                    <Table.Th scope="row" fw={500}>
                      <Stack gap={2}>
                        <Text size="sm" td={e.cancelled ? 'line-through' : undefined}>
                          {e.description}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t(`funding.categories.${e.category}`)} · {t(`funding.spendingForm.${e.status}`)}
                          {e.bookedByName ? ` · ${e.bookedByName}` : ''}
                        </Text>
                        {e.cancelled ? (
                          <Group gap={6}>
                            <Badge color="gray" variant="light" radius="sm" size="sm">
                              {t('funding.ledger.cancelled')}
                            </Badge>
                            <Text size="xs">
                              {t('funding.ledger.cancelledBy', {
                                name: e.cancelled.byName ?? '',
                                reason: e.cancelled.reason ?? '',
                              })}
                            </Text>
                          </Group>
                        ) : null}
                        {cancelling === e.id ? (
                          <CancelForm code={line.code} entry={e} onClose={() => setCancelling(null)} />
                        ) : null}
                      </Stack>
                    </Table.Th>
                    <Table.Td
                      ta="right"
                      style={{ whiteSpace: 'nowrap' }}
                      td={e.cancelled ? 'line-through' : undefined}
                    >
                      {euro(e.amountCents)}
                    </Table.Td>
                    {canManage ? (
                      <Table.Td>
                        {e.cancelled || cancelling === e.id ? null : (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red.9"
                            c="red.9"
                            onClick={() => setCancelling(e.id)}
                            aria-label={t('funding.ledger.cancelOf', { description: e.description })}
                          >
                            {t('funding.ledger.cancel')}
                          </Button>
                        )}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryState>
  );
}

/** The bookings of a line in a year; a wrong one is cancelled with a reason, never deleted. */
export function LedgerModal({
  line,
  year,
  onClose,
  canManage,
}: Omit<LineModalProps, 'onDone'> & { canManage: boolean }) {
  return (
    <LineModal line={line} year={year} onClose={onClose} titleKey="funding.ledger.title" size="xl">
      {(l) => <Ledger line={l} year={year} canManage={canManage} />}
    </LineModal>
  );
}
