import { Alert, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentSuggestionResponse } from '../../../../contracts/team';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { serverErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useAssignByAvailability, useAssignmentSuggestion } from '../hooks/use-assignment';
import { CandidatesTable } from './candidates-table';
import { useLoadText } from './load-text';

type Candidate = AssignmentSuggestionResponse['candidates'][number];

function Assigned({ view }: { view: AssignmentSuggestionResponse }) {
  const { t } = useTranslation();
  const last = view.decisions[0];
  return (
    <Stack gap={4}>
      <Text size="sm" role="status">
        {t('team.assignment.assigned', {
          names: view.assignedTo.map((a) => `${a.displayName} (${formatDate(a.fromOn)})`).join(', '),
        })}
      </Text>
      {last ? (
        <Text size="sm" c="dimmed">
          {last.isOverride
            ? t('team.assignment.overrode', {
                suggested: last.suggestedWorkerName ?? t('team.assignment.nobody'),
                reason: last.overrideReason,
              })
            : t('team.assignment.followed')}
        </Text>
      ) : null}
    </Stack>
  );
}

function Suggestion({ view, referralId }: { view: AssignmentSuggestionResponse; referralId?: string }) {
  const { t } = useTranslation();
  const loadText = useLoadText();
  const assign = useAssignByAvailability(view.familyId);
  const [workerId, setWorkerId] = useState<string | null>(view.suggestedWorkerId);
  const [reason, setReason] = useState('');
  const suggested = view.candidates.find((c) => c.workerId === view.suggestedWorkerId);
  const isOverride = workerId !== null && workerId !== view.suggestedWorkerId;
  const problems = assign.error ? serverErrors(assign.error, ['overrideReason', 'workerId'], t) : null;
  const option = (c: Candidate) => ({
    value: c.workerId,
    disabled: c.availability === 'noAccount',
    label: `${c.displayName} — ${loadText(c)}${c.isInRegion ? '' : ` · ${t('team.assignment.otherRegion')}`}`,
  });
  return (
    <Stack gap="sm">
      <Text size="sm">
        {view.zone ? t('team.assignment.region', { zone: view.zone.name }) : t('team.assignment.noRegion')}
      </Text>
      {suggested ? (
        <Alert color="blue" variant="light" title={t('team.assignment.suggestionTitle')}>
          <Text size="sm" fw={600}>
            {suggested.displayName}
          </Text>
          <Text size="sm">{loadText(suggested)}</Text>
          {view.scope === 'team' ? (
            <Text size="sm" mt={4}>
              {t('team.assignment.teamWide')}
            </Text>
          ) : null}
        </Alert>
      ) : (
        <Alert color="orange" variant="light" title={t('team.assignment.nobodyTitle')}>
          {t('team.assignment.nobodyText')}
        </Alert>
      )}
      <Select
        label={t('team.assignment.choose')}
        value={workerId}
        onChange={setWorkerId}
        data={view.candidates.map(option)}
        allowDeselect={false}
        error={problems?.fieldErrors.workerId}
      />
      {isOverride ? (
        <Textarea
          label={t('team.assignment.reason')}
          description={t('team.assignment.reasonHint')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={problems?.fieldErrors.overrideReason}
        />
      ) : null}
      {problems?.general ? (
        <Text c="red.9" size="sm" role="alert">
          {problems.general}
        </Text>
      ) : null}
      <Group justify="flex-end">
        <Button
          disabled={!workerId}
          loading={assign.isPending}
          onClick={() =>
            workerId && assign.mutate({ workerId, referralId, overrideReason: isOverride ? reason : null })
          }
        >
          {t('team.assignment.assign')}
        </Button>
      </Group>
      <CandidatesTable view={view} />
    </Stack>
  );
}

/**
 * R10 on a started referral: whom availability suggests for the family (the worker of its region
 * with the most free capacity), and the coordinator's choice — another worker with a reason.
 */
export function AssignmentCard({ familyId, referralId }: { familyId: string; referralId?: string }) {
  const { t } = useTranslation();
  const suggestion = useAssignmentSuggestion(familyId);
  return (
    <SectionCard title={t('team.assignment.title')}>
      <QueryState query={suggestion}>
        {(view) =>
          view.assignedTo.length > 0 ? (
            <Assigned view={view} />
          ) : (
            <Suggestion key={view.suggestedWorkerId ?? 'none'} view={view} referralId={referralId} />
          )
        }
      </QueryState>
    </SectionCard>
  );
}
