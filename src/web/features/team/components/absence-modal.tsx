import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { absenceInput, type TeamResponse, type WorkerDto } from '../../../../contracts/team';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { FormShell } from '../../../components/ui/form-shell';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { zodFieldErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useRecordAbsence, useRemoveAbsence } from '../hooks/use-team';

type AbsenceValues = { startsOn: string | null; endsOn: string | null; reason: string };
const FIELDS = ['startsOn', 'endsOn', 'reason'] as const;

/** Absences already known, each removable (cancelled leave, a mistake): R10 reads them. */
function KnownAbsences({
  worker,
  onRemoved,
}: {
  worker: WorkerDto;
  onRemoved: (team: TeamResponse) => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveAbsence();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('team.absence.known')}
      </Text>
      {worker.absences.map((a) => {
        const period = t('team.workers.period', { from: formatDate(a.startsOn), to: formatDate(a.endsOn) });
        return (
          <Group key={a.id} justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm">
              {period}
              {a.reason ? ` · ${a.reason}` : ''}
            </Text>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red.9"
              c="red.9"
              loading={remove.isPending && remove.variables?.absenceId === a.id}
              onClick={() =>
                remove.mutate({ workerId: worker.id, absenceId: a.id }, { onSuccess: onRemoved })
              }
              aria-label={t('team.absence.removeOf', { period })}
            >
              {t('team.absence.remove')}
            </Button>
          </Group>
        );
      })}
      {remove.error ? (
        <Text c="red.9" size="sm" role="alert">
          {remove.error.message}
        </Text>
      ) : null}
    </Stack>
  );
}

function AbsenceForm({
  worker,
  onDone,
  onRemoved,
}: {
  worker: WorkerDto;
  onDone: (team: TeamResponse) => void;
  onRemoved: (team: TeamResponse) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordAbsence();
  const problems = useFormProblems(FIELDS);
  const form = useForm<AbsenceValues>({ initialValues: { startsOn: todayIso(), endsOn: null, reason: '' } });

  const submit = form.onSubmit((values) => {
    problems.clear();
    const parsed = absenceInput.safeParse(
      { startsOn: values.startsOn ?? '', endsOn: values.endsOn ?? '', reason: values.reason.trim() || null },
      { reportInput: true },
    );
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
    record.mutate(
      { workerId: worker.id, body: parsed.data },
      {
        onSuccess: onDone,
        onError: (error) => form.setErrors(problems.fromServer(error)),
      },
    );
  });

  return (
    <FormShell
      onSubmit={submit}
      problems={problems}
      isPending={record.isPending}
      submitLabel={t('team.absence.submit')}
    >
      {worker.absences.length > 0 ? <KnownAbsences worker={worker} onRemoved={onRemoved} /> : null}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField
          label={t('team.absence.startsOn')}
          required
          {...form.getInputProps('startsOn')}
          value={form.values.startsOn}
          onChange={(value) => form.setFieldValue('startsOn', value)}
        />
        <DateField
          label={t('team.absence.endsOn')}
          required
          {...form.getInputProps('endsOn')}
          value={form.values.endsOn}
          onChange={(value) => form.setFieldValue('endsOn', value)}
        />
      </SimpleGrid>
      <TextInput
        label={t('team.absence.reason')}
        description={t('team.absence.reasonHint')}
        {...form.getInputProps('reason')}
      />
    </FormShell>
  );
}

type AbsenceModalProps = {
  worker: WorkerDto | null;
  onClose: () => void;
  onDone: (team: TeamResponse) => void;
  /** After removing an absence the dialog stays open on the worker as the team now has them. */
  onRemoved: (team: TeamResponse) => void;
};

/** R12: absence known ahead, so cover can be planned. */
export function AbsenceModal({ worker, onClose, onDone, onRemoved }: AbsenceModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={worker !== null}
      onClose={onClose}
      title={worker ? t('team.absence.title', { name: worker.displayName }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {worker ? <AbsenceForm key={worker.id} worker={worker} onDone={onDone} onRemoved={onRemoved} /> : null}
    </Modal>
  );
}
