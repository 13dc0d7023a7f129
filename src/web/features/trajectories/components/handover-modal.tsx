import { TagsInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { recordChangedOf } from '../../../lib/record-changed';
import { useUpdateTrajectory } from '../hooks/use-trajectories';
import { type ReceivingService, ReceivingServicesEditor } from './receiving-services-editor';

type Handover = NonNullable<TrajectoryDto['handover']>;
// The server names a problem of the hand-over by its path in the request.
const FIELDS = [
  'handover.conversationOn',
  'handover.conversationParticipants',
  'handover.sharedInformation',
  'handover.coordinationAgreement',
] as const;

export function HandoverModal({ trajectory, onClose }: { trajectory: TrajectoryDto; onClose: () => void }) {
  const { t } = useTranslation();
  const h = trajectory.handover as Handover;
  const update = useUpdateTrajectory(trajectory.familyId, trajectory.id);
  const problems = useFormProblems(FIELDS);
  const [services, setServices] = useState<ReceivingService[]>(h.receivingServices);
  const [conversationOn, setConversationOn] = useState<string | null>(h.conversationOn);
  const [participants, setParticipants] = useState<string[]>(h.conversationParticipants);
  const [shared, setShared] = useState(h.sharedInformation ?? '');
  const [agreement, setAgreement] = useState(h.coordinationAgreement ?? '');
  // ADR 020: the version this edit starts from; a stale save reloads the saved hand-over.
  const [baseVersion, setBaseVersion] = useState(trajectory.version);
  const reload = (current: TrajectoryDto) => {
    const saved = current.handover as Handover;
    setServices(saved.receivingServices);
    setConversationOn(saved.conversationOn);
    setParticipants(saved.conversationParticipants);
    setShared(saved.sharedInformation ?? '');
    setAgreement(saved.coordinationAgreement ?? '');
    setBaseVersion(current.version);
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    problems.clear();
    update.mutate(
      {
        baseVersion,
        handover: {
          receivingServices: services.filter((s) => s.organisation.trim()),
          conversationOn,
          conversationParticipants: participants,
          sharedInformation: shared.trim() || null,
          coordinationAgreement: agreement.trim() || null,
        },
      },
      {
        onSuccess: onClose,
        onError: (error) => {
          problems.fromServer(error);
          const changed = recordChangedOf(error);
          if (changed) reload(changed.current as TrajectoryDto);
        },
      },
    );
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('trajectories.handover.edit')}
      size="lg"
      onSubmit={submit}
      problems={problems}
      isPending={update.isPending}
    >
      <ReceivingServicesEditor value={services} onChange={setServices} />
      <DateField
        label={t('trajectories.handover.conversationOn')}
        minDate={trajectory.startedOn}
        maxDate={todayIso()}
        value={conversationOn}
        onChange={setConversationOn}
        error={problems.fieldError('handover.conversationOn')}
      />
      <TagsInput
        label={t('trajectories.handover.participants')}
        description={t('journey.tagsHint')}
        value={participants}
        onChange={setParticipants}
        error={problems.fieldError('handover.conversationParticipants')}
      />
      <Textarea
        label={t('trajectories.handover.shared')}
        autosize
        minRows={2}
        value={shared}
        onChange={(e) => setShared(e.currentTarget.value)}
        error={problems.fieldError('handover.sharedInformation')}
      />
      <Textarea
        label={t('trajectories.handover.coordination')}
        autosize
        minRows={2}
        value={agreement}
        onChange={(e) => setAgreement(e.currentTarget.value)}
        error={problems.fieldError('handover.coordinationAgreement')}
      />
    </FormDialog>
  );
}
