import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CompletenessQuery,
  FigureSnapshotDto,
  MeetingDto,
} from '../../../../contracts/governance/meetings';
import type { FiguresResponse } from '../../../../contracts/reports';
import { addMonths, monthKey } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useCodeLabels } from '../../../lib/labels';
import { useFundingLines } from '../../../lib/reference-data';
import { freezeFigures } from '../api/governance-api';
import { useCompleteness, useGovernanceMutation } from '../hooks/use-governance';

function Snapshot({
  snapshot,
  render,
}: {
  snapshot: FigureSnapshotDto;
  render: (f: FiguresResponse) => ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {t('governance.figures.snapshotTitle', {
              from: formatDate(snapshot.from),
              to: formatDate(snapshot.to),
            })}
            {snapshot.fundingLine ? ` · ${labels.fundingLine(snapshot.fundingLine)}` : ''}
          </Title>
          <Text size="sm" c="dimmed">
            {t('governance.figures.frozenBy', {
              at: formatDateTime(snapshot.frozenAt),
              name: snapshot.frozenBy,
            })}
          </Text>
        </div>
        {snapshot.incompleteCount > 0 ? (
          <Alert color="yellow" role="status">
            {t('governance.figures.incompleteAtFreeze', { count: snapshot.incompleteCount })} {snapshot.note}
          </Alert>
        ) : null}
        {snapshot.figures.suppressed ? (
          <Text size="xs" c="dimmed">
            {t('governance.figures.suppressed')}
          </Text>
        ) : null}
        {render(snapshot.figures)}
      </Stack>
    </Paper>
  );
}

function FreezeForm({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const lines = useFundingLines();
  const [period, setPeriod] = useState<{
    from: string | null;
    to: string | null;
    fundingLine: string | null;
  }>({
    from: `${monthKey(addMonths(meeting.date, -12))}-01`,
    to: meeting.date,
    fundingLine: null,
  });
  const [checked, setChecked] = useState<CompletenessQuery | null>(null);
  const [acceptIncomplete, setAccept] = useState(false);
  const [note, setNote] = useState('');
  const completeness = useCompleteness(meeting.id, checked);
  const freeze = useGovernanceMutation(() =>
    freezeFigures(meeting.id, { ...(checked as CompletenessQuery), acceptIncomplete, note: note || null }),
  );
  const incomplete = completeness.data?.incomplete ?? [];
  const check = () => {
    if (period.from && period.to) {
      setChecked({
        from: period.from,
        to: period.to,
        ...(period.fundingLine ? { fundingLine: period.fundingLine } : {}),
      });
      setAccept(false);
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('governance.figures.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField
          label={t('figures.from')}
          value={period.from}
          onChange={(from) => setPeriod((p) => ({ ...p, from }))}
        />
        <DateField
          label={t('figures.to')}
          value={period.to}
          onChange={(to) => setPeriod((p) => ({ ...p, to }))}
        />
        <Select
          label={t('figures.fundingLine')}
          placeholder={t('figures.allLines')}
          clearable
          data={(lines.data ?? []).map((l) => ({ value: l.code, label: labels.fundingLine(l.code, l.name) }))}
          value={period.fundingLine}
          onChange={(fundingLine) => setPeriod((p) => ({ ...p, fundingLine }))}
        />
      </SimpleGrid>
      <Group>
        <Button variant="light" onClick={check} loading={completeness.isFetching}>
          {t('governance.figures.check')}
        </Button>
      </Group>
      {completeness.error ? (
        <Alert color="red" role="alert">
          {completeness.error.message}
        </Alert>
      ) : null}
      {completeness.data ? (
        incomplete.length === 0 ? (
          <Alert color="green" role="status">
            {t('governance.figures.complete')}
          </Alert>
        ) : (
          <Alert
            color="yellow"
            role="status"
            title={t('governance.figures.incomplete', { count: incomplete.length })}
          >
            <List size="sm">
              {incomplete.slice(0, 50).map((r) => (
                <List.Item key={r.reference}>
                  {r.reference} ({formatDate(r.receivedOn)}):{' '}
                  {r.missing.map((m) => t(`governance.figures.missing.${m}`)).join(', ')}
                </List.Item>
              ))}
            </List>
            {incomplete.length > 50 ? (
              <Text size="sm">{t('governance.figures.more', { count: incomplete.length - 50 })}</Text>
            ) : null}
          </Alert>
        )
      ) : null}
      {completeness.data ? (
        <Stack gap="sm">
          {incomplete.length > 0 ? (
            <>
              <Checkbox
                label={t('governance.figures.acceptIncomplete')}
                checked={acceptIncomplete}
                onChange={(e) => setAccept(e.currentTarget.checked)}
              />
              {acceptIncomplete ? (
                <Textarea
                  label={t('governance.figures.note')}
                  required
                  autosize
                  minRows={2}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                />
              ) : null}
            </>
          ) : null}
          {freeze.error ? (
            <Alert color="red" role="alert">
              {freeze.error.message}
            </Alert>
          ) : null}
          <Group>
            <Button
              onClick={() => freeze.mutate(undefined, { onSuccess: () => setChecked(null) })}
              loading={freeze.isPending}
              disabled={incomplete.length > 0 && (!acceptIncomplete || !note.trim())}
            >
              {t('governance.figures.freeze')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}

/** R22: the figures of the meeting, frozen after the completeness check. */
export function FiguresCard({
  meeting,
  renderFigures,
}: {
  meeting: MeetingDto;
  renderFigures: (f: FiguresResponse) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('governance.figures.title')}>
      <Stack gap="md">
        {meeting.figures.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('governance.figures.none')}
          </Text>
        ) : (
          meeting.figures.map((s) => <Snapshot key={s.id} snapshot={s} render={renderFigures} />)
        )}
        {meeting.canManage ? (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('governance.figures.add')}
            </Title>
            <FreezeForm meeting={meeting} />
          </Stack>
        ) : null}
      </Stack>
    </SectionCard>
  );
}
