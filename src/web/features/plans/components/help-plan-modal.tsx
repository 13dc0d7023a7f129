import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanContentDto } from '../../../../contracts/plans';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { newItemId } from '../../../lib/journey-labels';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** R17: another service's help plan folded in — its goals and actions, owned by that service. */
export function HelpPlanModal({
  draft,
  onChange,
  onClose,
}: {
  draft: PlanContentDto;
  onChange: (next: PlanContentDto) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [organisation, setOrganisation] = useState('');
  const [title, setTitle] = useState('');
  const [goals, setGoals] = useState('');
  const [actions, setActions] = useState('');
  const fold = () => {
    const helpPlanId = newItemId();
    onChange({
      ...draft,
      helpPlans: [
        ...draft.helpPlans,
        { id: helpPlanId, organisation: organisation.trim(), title: title.trim() },
      ],
      goals: [
        ...draft.goals,
        ...lines(goals).map((familyWords) => ({
          id: newItemId(),
          familyWords,
          professionalWording: null,
          status: 'open' as const,
          helpPlanId,
        })),
      ],
      actions: [
        ...draft.actions,
        ...lines(actions).map((description) => ({
          id: newItemId(),
          description,
          goalId: null,
          owner: { kind: 'organisation' as const, name: organisation.trim() },
          dueOn: null,
          doneOn: null,
          helpPlanId,
        })),
      ],
    });
    onClose();
  };
  return (
    <LabelledModal opened onClose={onClose} title={t('plan.helpPlan.title')} size="lg">
      <Stack gap="sm">
        <TextInput
          label={t('plan.helpPlan.organisation')}
          required
          value={organisation}
          onChange={(e) => setOrganisation(e.currentTarget.value)}
        />
        <TextInput
          label={t('plan.helpPlan.name')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <Textarea
          label={t('plan.helpPlan.goals')}
          description={t('plan.helpPlan.oneALine')}
          autosize
          minRows={2}
          value={goals}
          onChange={(e) => setGoals(e.currentTarget.value)}
        />
        <Textarea
          label={t('plan.helpPlan.actions')}
          description={t('plan.helpPlan.oneALine')}
          autosize
          minRows={2}
          value={actions}
          onChange={(e) => setActions(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!organisation.trim() || !title.trim()} onClick={fold}>
            {t('plan.helpPlan.fold')}
          </Button>
        </Group>
      </Stack>
    </LabelledModal>
  );
}
