import { Autocomplete, Button, Fieldset, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanContentDto } from '../../../../contracts/plans';
import { OWNER_KINDS } from '../../../../domain/family-plan';
import { DateField } from '../../../components/ui/date-field';
import { newItemId, useJourneyLabels } from '../../../lib/journey-labels';
import { useTouched } from '../hooks/use-touched';
import type { OwnerSuggestions } from './owner-suggestions';

type Draft = PlanContentDto;
type Action = Draft['actions'][number];

/** Actions with an owner — a family member, someone of the network, a professional, an organisation — and a date. */
export function ActionsEditor({
  draft,
  onChange,
  ownerSuggestions,
  isSubmitted,
}: {
  draft: Draft;
  onChange: (next: Draft) => void;
  /** Suggestions follow the kind of owner chosen on each action. */
  ownerSuggestions: OwnerSuggestions;
  /** A save was tried: every empty field says so, touched or not. */
  isSubmitted: boolean;
}) {
  const { t } = useTranslation();
  const { touch, isShown } = useTouched(isSubmitted);
  const required = (value: string, key: string) =>
    value.trim() || !isShown(key) ? undefined : t('errors:validation.required');
  const labels = useJourneyLabels();
  const set = (id: string, patch: Partial<Action>) =>
    onChange({ ...draft, actions: draft.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) });
  const goals = draft.goals.map((g, i) => ({ value: g.id, label: `${i + 1}. ${g.familyWords || '…'}` }));
  return (
    <Stack gap="sm">
      {draft.actions.map((action, index) => (
        <Fieldset key={action.id} legend={t('plan.actionN', { number: index + 1 })} radius="md">
          <Stack gap="xs">
            <TextInput
              label={t('plan.action.description')}
              required
              value={action.description}
              onChange={(e) => set(action.id, { description: e.currentTarget.value })}
              onBlur={touch(`${action.id}.description`)}
              error={required(action.description, `${action.id}.description`)}
            />
            <Group grow align="flex-start">
              <Select
                label={t('plan.action.goal')}
                data={goals}
                value={action.goalId}
                onChange={(goalId) => set(action.id, { goalId })}
                clearable
              />
              <Select
                label={t('plan.action.ownerKind')}
                data={OWNER_KINDS.map((k) => ({ value: k, label: labels.ownerKind(k) }))}
                value={action.owner.kind}
                onChange={(kind) =>
                  kind &&
                  set(action.id, { owner: { ...action.owner, kind: kind as Action['owner']['kind'] } })
                }
                allowDeselect={false}
              />
              <Autocomplete
                label={t('plan.action.owner')}
                required
                data={ownerSuggestions[action.owner.kind]}
                value={action.owner.name}
                onChange={(name) => set(action.id, { owner: { ...action.owner, name } })}
                onBlur={touch(`${action.id}.owner`)}
                error={required(action.owner.name, `${action.id}.owner`)}
              />
            </Group>
            <Group grow align="flex-start">
              <DateField
                label={t('plan.action.dueOn')}
                value={action.dueOn}
                onChange={(dueOn) => set(action.id, { dueOn })}
              />
              <DateField
                label={t('plan.action.doneOn')}
                value={action.doneOn}
                onChange={(doneOn) => set(action.id, { doneOn })}
              />
            </Group>
            <Group justify="flex-end">
              <Button
                variant="subtle"
                color="red.9"
                c="red.9"
                size="compact-sm"
                onClick={() =>
                  onChange({ ...draft, actions: draft.actions.filter((a) => a.id !== action.id) })
                }
              >
                {t('plan.action.remove', { number: index + 1 })}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() =>
            onChange({
              ...draft,
              actions: [
                ...draft.actions,
                {
                  id: newItemId(),
                  description: '',
                  goalId: null,
                  owner: { kind: 'familyMember', name: '' },
                  dueOn: null,
                  doneOn: null,
                  helpPlanId: null,
                },
              ],
            })
          }
        >
          {t('plan.action.add')}
        </Button>
      </Group>
    </Stack>
  );
}
