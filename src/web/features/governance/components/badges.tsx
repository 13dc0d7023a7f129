import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingSummaryDto } from '../../../../contracts/governance/meetings';
import type { DecisionDto, TodoDto } from '../../../../contracts/governance/outcomes';

const PHASE_COLORS: Record<MeetingSummaryDto['phase'], string> = {
  draft: 'gray',
  invited: 'blue',
  toMinute: 'orange',
  minutesShared: 'green',
};

export function PhaseBadge({ phase }: { phase: MeetingSummaryDto['phase'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={PHASE_COLORS[phase]} variant="light" radius="sm">
      {t(`codes:governanceMeetingPhase.${phase}`)}
    </Badge>
  );
}

const TODO_COLORS: Record<TodoDto['state'], string> = {
  open: 'blue',
  dueSoon: 'yellow',
  overdue: 'red',
  done: 'green',
};

export function TodoStateBadge({ state }: { state: TodoDto['state'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={TODO_COLORS[state]} variant={state === 'overdue' ? 'filled' : 'light'} radius="sm">
      {t(`codes:governanceTodoState.${state}`)}
    </Badge>
  );
}

const EVALUATION_COLORS: Record<DecisionDto['evaluationState'], string> = {
  none: 'gray',
  later: 'gray',
  upcoming: 'yellow',
  due: 'red',
  evaluated: 'green',
};

export function EvaluationBadge({ state }: { state: DecisionDto['evaluationState'] }) {
  const { t } = useTranslation();
  if (state === 'none') return null;
  return (
    <Badge color={EVALUATION_COLORS[state]} variant={state === 'due' ? 'filled' : 'light'} radius="sm">
      {t(`codes:governanceEvaluation.${state}`)}
    </Badge>
  );
}
