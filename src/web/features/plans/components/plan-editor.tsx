import { Alert, Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanContentDto, type PlanVersionDto, planConflictDetails } from '../../../../contracts/plans';
import { emptyPlan, mergePlans } from '../../../../domain/family-plan';
import { isApiError } from '../../../lib/api';
import { useSavePlan } from '../hooks/use-plan';
import { ActionsEditor } from './actions-editor';
import { type Conflict, ConflictPanel } from './conflict-panel';
import { GoalsEditor } from './goals-editor';
import { HelpPlanModal } from './help-plan-modal';
import { ItemsEditor } from './items-editor';
import type { OwnerSuggestions } from './owner-suggestions';

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const isComplete = (d: PlanContentDto) =>
  d.goals.every((g) => g.familyWords.trim()) &&
  d.strengths.every((s) => s.text.trim()) &&
  d.worries.every((w) => w.text.trim()) &&
  d.actions.every((a) => a.description.trim() && a.owner.name.trim());

/**
 * Writing the plan with the family. The draft remembers the version it started from; a save
 * that meets a newer version (409) is merged with it, never written over it (ADR 011).
 */
export function PlanEditor({
  familyId,
  base,
  ownerSuggestions,
  onDone,
}: {
  familyId: string;
  base: PlanVersionDto | null;
  ownerSuggestions: OwnerSuggestions;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSavePlan(familyId);
  const [from, setFrom] = useState<PlanVersionDto | null>(base);
  const [draft, setDraft] = useState<PlanContentDto>(() => structuredClone(base?.content ?? emptyPlan()));
  const [changeNote, setChangeNote] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [isHelpPlanOpen, setHelpPlanOpen] = useState(false);
  const [isSubmitted, setSubmitted] = useState(false);

  const submit = () => {
    setSubmitted(true);
    if (!isComplete(draft)) return;
    save.mutate(
      { baseVersion: from?.version ?? 0, content: draft, changeNote: changeNote.trim() || null },
      {
        onSuccess: (plan) => {
          notifications.show({
            color: 'green',
            title: t('plan.saved'),
            message: t('plan.savedText', { version: plan.current?.version }),
          });
          onDone();
        },
        onError: (error) => {
          if (!isApiError(error, 'PLAN_VERSION_CONFLICT')) return;
          const details = planConflictDetails.safeParse(error.details);
          if (!details.success) return;
          const theirs = details.data.current;
          const { merged, conflicts } = mergePlans(from?.content ?? emptyPlan(), theirs.content, draft);
          setConflict({ theirs, merged, conflicts });
        },
      },
    );
  };

  return (
    <Stack gap="md">
      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          onResolved={(content, theirs) => {
            setDraft(content);
            setFrom(theirs);
            setConflict(null);
            save.reset();
          }}
        />
      ) : null}
      <Part title={t('plan.goals')}>
        <GoalsEditor draft={draft} onChange={setDraft} isSubmitted={isSubmitted} />
      </Part>
      <Group grow align="flex-start">
        <Part title={t('plan.strengths')}>
          <ItemsEditor
            items={draft.strengths}
            onChange={(strengths) => setDraft({ ...draft, strengths })}
            itemLabel={(n) => t('plan.strengthN', { number: n })}
            addLabel={t('plan.addStrength')}
            isSubmitted={isSubmitted}
          />
        </Part>
        <Part title={t('plan.worries')}>
          <ItemsEditor
            items={draft.worries}
            onChange={(worries) => setDraft({ ...draft, worries })}
            itemLabel={(n) => t('plan.worryN', { number: n })}
            addLabel={t('plan.addWorry')}
            isSubmitted={isSubmitted}
          />
        </Part>
      </Group>
      <Part title={t('plan.actions')}>
        <ActionsEditor
          draft={draft}
          onChange={setDraft}
          ownerSuggestions={ownerSuggestions}
          isSubmitted={isSubmitted}
        />
      </Part>
      <Part title={t('plan.helpPlans')}>
        <Button variant="light" onClick={() => setHelpPlanOpen(true)}>
          {t('plan.helpPlan.add')}
        </Button>
      </Part>
      {isHelpPlanOpen ? (
        <HelpPlanModal draft={draft} onChange={setDraft} onClose={() => setHelpPlanOpen(false)} />
      ) : null}
      <Textarea
        label={t('plan.changeNote')}
        autosize
        minRows={1}
        value={changeNote}
        onChange={(e) => setChangeNote(e.currentTarget.value)}
      />
      {isSubmitted && !isComplete(draft) ? (
        <Alert color="red" role="alert">
          {t('plan.incomplete')}
        </Alert>
      ) : null}
      {save.error && !isApiError(save.error, 'PLAN_VERSION_CONFLICT') ? (
        <Alert color="red" role="alert">
          {save.error.message}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={save.isPending} disabled={conflict !== null}>
          {t('plan.save')}
        </Button>
      </Group>
    </Stack>
  );
}
