import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanContentDto } from '../../../../contracts/plans';
import { todayIso } from '../../../../domain/dates';
import { EVALUATORS, GOAL_STATUSES } from '../../../../domain/family-plan';
import { DateField } from '../../../components/ui/date-field';
import { formatDate } from '../../../lib/format';
import { newItemId, useJourneyLabels } from '../../../lib/journey-labels';
import { useTouched } from '../hooks/use-touched';

type Draft = PlanContentDto;
type Goal = Draft['goals'][number];
type Evaluation = Draft['evaluations'][number];

function EvaluationForm({
  goalNumber,
  onAdd,
}: {
  goalNumber: number;
  onAdd: (e: Omit<Evaluation, 'id' | 'goalId'>) => void;
}) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const [on, setOn] = useState<string | null>(todayIso());
  const [by, setBy] = useState<Evaluation['by']>('family');
  const [scale, setScale] = useState<number | string>(5);
  const [note, setNote] = useState('');
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <DateField label={t('plan.evaluation.on')} value={on} onChange={setOn} maxDate={todayIso()} w={140} />
      <Select
        label={t('plan.evaluation.by')}
        data={EVALUATORS.map((e) => ({ value: e, label: labels.evaluator(e) }))}
        value={by}
        onChange={(v) => v && setBy(v as Evaluation['by'])}
        allowDeselect={false}
        w={160}
      />
      <NumberInput
        label={t('plan.evaluation.scale')}
        min={0}
        max={10}
        value={scale}
        onChange={setScale}
        w={110}
      />
      <TextInput
        label={t('plan.evaluation.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        style={{ flex: 1 }}
        miw={180}
      />
      <Button
        variant="light"
        aria-label={t('plan.evaluation.addFor', { number: goalNumber })}
        disabled={!on || typeof scale !== 'number'}
        onClick={() => {
          onAdd({ on: on as string, by, scale: Number(scale), note: note.trim() || null });
          setNote('');
        }}
      >
        {t('plan.evaluation.add')}
      </Button>
    </Group>
  );
}

/** Goals in the family's own words, the professional wording beside them, and their evaluations. */
export function GoalsEditor({
  draft,
  onChange,
  isSubmitted,
}: {
  draft: Draft;
  onChange: (next: Draft) => void;
  /** A save was tried: every empty field says so, touched or not. */
  isSubmitted: boolean;
}) {
  const { t } = useTranslation();
  const { touch, isShown } = useTouched(isSubmitted);
  const labels = useJourneyLabels();
  const [evaluating, setEvaluating] = useState<string | null>(null);
  const helpPlans = new Map(draft.helpPlans.map((h) => [h.id, h]));
  const setGoal = (id: string, patch: Partial<Goal>) =>
    onChange({ ...draft, goals: draft.goals.map((g) => (g.id === id ? { ...g, ...patch } : g)) });
  const removeGoal = (id: string) =>
    onChange({
      ...draft,
      goals: draft.goals.filter((g) => g.id !== id),
      evaluations: draft.evaluations.filter((e) => e.goalId !== id),
      actions: draft.actions.map((a) => (a.goalId === id ? { ...a, goalId: null } : a)),
    });
  const addGoal = () =>
    onChange({
      ...draft,
      goals: [
        ...draft.goals,
        { id: newItemId(), familyWords: '', professionalWording: null, status: 'open', helpPlanId: null },
      ],
    });
  return (
    <Stack gap="sm">
      {draft.goals.map((goal, index) => {
        const number = index + 1;
        const from = goal.helpPlanId ? helpPlans.get(goal.helpPlanId) : undefined;
        return (
          <Fieldset key={goal.id} legend={t('plan.goalN', { number })} radius="md">
            <Stack gap="xs">
              {from ? (
                <Text size="xs" c="dimmed">
                  {t('plan.fromHelpPlan', { organisation: from.organisation, title: from.title })}
                </Text>
              ) : null}
              <Textarea
                label={t('plan.goal.familyWords')}
                description={t('plan.goal.familyWordsHint')}
                required
                autosize
                minRows={1}
                value={goal.familyWords}
                onChange={(e) => setGoal(goal.id, { familyWords: e.currentTarget.value })}
                onBlur={touch(goal.id)}
                error={
                  goal.familyWords.trim() || !isShown(goal.id) ? undefined : t('errors:validation.required')
                }
              />
              <Group grow align="flex-start">
                <TextInput
                  label={t('plan.goal.professionalWording')}
                  value={goal.professionalWording ?? ''}
                  onChange={(e) => setGoal(goal.id, { professionalWording: e.currentTarget.value || null })}
                />
                <Select
                  label={t('plan.goal.status')}
                  data={GOAL_STATUSES.map((s) => ({ value: s, label: labels.goalStatus(s) }))}
                  value={goal.status}
                  onChange={(v) => v && setGoal(goal.id, { status: v as Goal['status'] })}
                  allowDeselect={false}
                />
              </Group>
              {draft.evaluations
                .filter((e) => e.goalId === goal.id)
                .map((e) => (
                  <Group key={e.id} gap="xs" justify="space-between">
                    <Text size="sm">
                      {formatDate(e.on)} · {labels.evaluator(e.by)} · {e.scale}/10{' '}
                      {e.note ? `· ${e.note}` : ''}
                    </Text>
                    <Button
                      variant="subtle"
                      color="red.9"
                      c="red.9"
                      size="compact-xs"
                      onClick={() =>
                        onChange({ ...draft, evaluations: draft.evaluations.filter((x) => x.id !== e.id) })
                      }
                    >
                      {t('journey.remove')}
                    </Button>
                  </Group>
                ))}
              {evaluating === goal.id ? (
                <EvaluationForm
                  goalNumber={number}
                  onAdd={(e) => {
                    onChange({
                      ...draft,
                      evaluations: [...draft.evaluations, { ...e, id: newItemId(), goalId: goal.id }],
                    });
                    setEvaluating(null);
                  }}
                />
              ) : null}
              <Group justify="space-between">
                <Button
                  variant="light"
                  size="compact-sm"
                  onClick={() => setEvaluating(evaluating === goal.id ? null : goal.id)}
                  aria-expanded={evaluating === goal.id}
                >
                  {t('plan.evaluation.open', { number })}
                </Button>
                <Button
                  variant="subtle"
                  color="red.9"
                  c="red.9"
                  size="compact-sm"
                  onClick={() => removeGoal(goal.id)}
                >
                  {t('plan.goal.remove', { number })}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      <Group>
        <Button variant="light" onClick={addGoal}>
          {t('plan.goal.add')}
        </Button>
      </Group>
    </Stack>
  );
}
