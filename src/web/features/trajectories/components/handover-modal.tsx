import { Button, Group, Stack, TagsInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { SaveError } from '../../../components/ui/save-error';
import { recordChangedOf } from '../../../lib/record-changed';
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
          const changed = recordChangedOf(error);
          if (changed) reload(changed.current as TrajectoryDto);
        },
      },
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
          <SaveError error={update.error} />
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
