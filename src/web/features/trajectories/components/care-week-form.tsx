import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { FormProblem } from '../../../components/ui/form-problem';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { formatDate } from '../../../lib/format';
import { minutesToHoursInput, parseHoursInput } from '../../../lib/hours';
import { recordChangedOf } from '../../../lib/record-changed';
import { useRecordCareWeek } from '../hooks/use-trajectories';

type FamilyCare = NonNullable<TrajectoryDto['familyCare']>;
const FIELDS = ['week', 'minutes'] as const;

/** R5: hours are recorded per care week, typed as hours with a decimal comma; a week can be corrected. */
export function CareWeekForm({
  trajectory,
  familyCare,
}: {
  trajectory: TrajectoryDto;
  familyCare: FamilyCare;
}) {
  const { t } = useTranslation();
  const record = useRecordCareWeek(trajectory.familyId, trajectory.id);
  const problems = useFormProblems(FIELDS);
  const weeks = familyCare.weeks;
  const minutesOf = (week: number) => weeks.find((w) => w.week === week)?.minutes ?? null;
  // ADR 020: the week's version as shown (0: not recorded yet).
  const versionOf = (week: number) => weeks.find((w) => w.week === week)?.version ?? 0;
  const [week, setWeek] = useState(() => weeks.at(-1)?.week ?? 1);
  const [typed, setTyped] = useState(() => minutesToHoursInput(minutesOf(week)));
  const [isTouched, setTouched] = useState(false);
  if (weeks.length === 0) return null;
  const minutes = parseHoursInput(typed);
  const isCorrection = minutesOf(week) !== null;
  const choose = (value: string | null) => {
    const next = Number(value ?? week);
    setWeek(next);
    setTyped(minutesToHoursInput(minutesOf(next)));
    setTouched(false);
    problems.clear();
    record.reset();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (minutes === null) return;
    problems.clear();
    record.mutate(
      { week, minutes, baseVersion: versionOf(week) },
      {
        onSuccess: () => setTouched(false),
        // Someone else recorded this week first: show their hours in the field to check.
        onError: (error) => {
          problems.fromServer(error);
          const current = recordChangedOf(error)?.current as { minutes: number } | null | undefined;
          if (current) setTyped(minutesToHoursInput(current.minutes));
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('trajectories.familyCare.recordTitle')}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('trajectories.familyCare.recordTitle')}
        </Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('trajectories.familyCare.recordWeek')}
            data={weeks.map((w) => ({
              value: String(w.week),
              label: `${t('trajectories.familyCare.weekNumber', { week: w.week })} (${formatDate(w.startsOn)} – ${formatDate(w.endsOn)})`,
            }))}
            value={String(week)}
            onChange={choose}
            allowDeselect={false}
            error={problems.fieldError('week')}
            w={300}
          />
          <TextInput
            label={t('trajectories.familyCare.recordHours')}
            description={t('trajectories.familyCare.recordHoursHint')}
            inputMode="decimal"
            required
            value={typed}
            onChange={(e) => {
              problems.clear('minutes');
              setTyped(e.currentTarget.value);
            }}
            error={
              isTouched && minutes === null
                ? t('trajectories.familyCare.recordHoursInvalid')
                : problems.fieldError('minutes')
            }
            w={300}
          />
        </Group>
        <FormProblem problems={problems} />
        <Group>
          <Button type="submit" size="xs" loading={record.isPending}>
            {isCorrection ? t('trajectories.familyCare.correct') : t('trajectories.familyCare.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
