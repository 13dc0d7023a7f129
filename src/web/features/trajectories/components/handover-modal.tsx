import { Alert, Button, Group, Stack, TagsInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { useUpdateTrajectory } from '../hooks/use-trajectories';
import { type ReceivingService, ReceivingServicesEditor } from './receiving-services-editor';

type Handover = NonNullable<TrajectoryDto['handover']>;

export function HandoverModal({ trajectory, onClose }: { trajectory: TrajectoryDto; onClose: () => void }) {
  const { t } = useTranslation();
  const h = trajectory.handover as Handover;
  const update = useUpdateTrajectory(trajectory.familyId, trajectory.id);
  const [services, setServices] = useState<ReceivingService[]>(h.receivingServices);
  const [conversationOn, setConversationOn] = useState<string | null>(h.conversationOn);
  const [participants, setParticipants] = useState<string[]>(h.conversationParticipants);
  const [shared, setShared] = useState(h.sharedInformation ?? '');
  const [agreement, setAgreement] = useState(h.coordinationAgreement ?? '');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        handover: {
          receivingServices: services.filter((s) => s.organisation.trim()),
          conversationOn,
          conversationParticipants: participants,
          sharedInformation: shared.trim() || null,
          coordinationAgreement: agreement.trim() || null,
        },
      },
      { onSuccess: onClose },
    );
  };
  return (
    <LabelledModal opened onClose={onClose} title={t('trajectories.handover.edit')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ReceivingServicesEditor value={services} onChange={setServices} />
          <DateField
            label={t('trajectories.handover.conversationOn')}
            minDate={trajectory.startedOn}
            maxDate={todayIso()}
            value={conversationOn}
            onChange={setConversationOn}
          />
          <TagsInput
            label={t('trajectories.handover.participants')}
            description={t('journey.tagsHint')}
            value={participants}
            onChange={setParticipants}
          />
          <Textarea
            label={t('trajectories.handover.shared')}
            autosize
            minRows={2}
            value={shared}
            onChange={(e) => setShared(e.currentTarget.value)}
          />
          <Textarea
            label={t('trajectories.handover.coordination')}
            autosize
            minRows={2}
            value={agreement}
            onChange={(e) => setAgreement(e.currentTarget.value)}
          />
          {update.error ? (
            <Alert color="red" role="alert">
              {update.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('journey.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </LabelledModal>
  );
}
