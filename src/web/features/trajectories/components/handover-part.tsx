import { Alert, Badge, Button, Checkbox, Group, List, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { usePlanMeeting, useRecordMeeting, useUpdateTrajectory } from '../hooks/use-trajectories';
import { type ReceivingService, ReceivingServicesEditor } from './receiving-services-editor';

type Handover = NonNullable<TrajectoryDto['handover']>;

function HandoverModal({ trajectory, onClose }: { trajectory: TrajectoryDto; onClose: () => void }) {
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

function MeetingModal({
  trajectory,
  meetingId,
  onClose,
}: {
  trajectory: TrajectoryDto;
  meetingId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const plan = usePlanMeeting(trajectory.familyId, trajectory.id);
  const record = useRecordMeeting(trajectory.familyId, trajectory.id);
  const meeting = trajectory.meetings.find((m) => m.id === meetingId);
  const [date, setDate] = useState<string | null>(meeting?.plannedOn ?? null);
  const [participants, setParticipants] = useState<string[]>(meeting?.participants ?? []);
  const [decisions, setDecisions] = useState('');
  const [isFamilyPresent, setFamilyPresent] = useState(true);
  const mutation = meeting ? record : plan;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!date) return;
    if (meeting)
      record.mutate(
        {
          meetingId: meeting.id,
          body: { heldOn: date, participants, decisions, isFamilyPresent, durationMinutes: 60 },
        },
        { onSuccess: onClose },
      );
    else plan.mutate({ plannedOn: date, participants }, { onSuccess: onClose });
  };
  return (
    <LabelledModal
      opened
      onClose={onClose}
      title={meeting ? t('trajectories.meetings.record') : t('trajectories.meetings.plan')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <DateField
            label={meeting ? t('trajectories.meetings.heldOn') : t('trajectories.meetings.plannedOn')}
            required
            minDate={trajectory.startedOn}
            maxDate={meeting ? todayIso() : undefined}
            value={date}
            onChange={setDate}
          />
          <TagsInput
            label={t('trajectories.meetings.participants')}
            description={t('journey.tagsHint')}
            value={participants}
            onChange={setParticipants}
          />
          {meeting ? (
            <>
              <Textarea
                label={t('trajectories.meetings.decisions')}
                description={t('trajectories.meetings.decisionsHint')}
                required
                autosize
                minRows={3}
                value={decisions}
                onChange={(e) => setDecisions(e.currentTarget.value)}
              />
              <Checkbox
                label={t('trajectories.meetings.familyPresent')}
                checked={isFamilyPresent}
                onChange={(e) => setFamilyPresent(e.currentTarget.checked)}
              />
            </>
          ) : null}
          {mutation.error ? (
            <Alert color="red" role="alert">
              {mutation.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={mutation.isPending}
              disabled={!date || (meeting ? !decisions.trim() || participants.length === 0 : false)}
            >
              {t('journey.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </LabelledModal>
  );
}

/** R3, R20: the warm hand-over — whom to, the joint conversation, what was shared, how it goes on. */
export function HandoverPart({ trajectory }: { trajectory: TrajectoryDto }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const [isEditing, setEditing] = useState(false);
  const [meeting, setMeeting] = useState<string | 'new' | null>(null);
  const h = trajectory.handover;
  if (!h) return null;
  const isOpen = trajectory.status === 'open';
  return (
    <Stack gap="xs">
      {trajectory.movingOut ? (
        <Text size="sm">
          {t('trajectories.movingOut.summary', {
            place: trajectory.movingOut.newMunicipality,
            date: trajectory.movingOut.movingOn ? formatDate(trajectory.movingOut.movingOn) : '—',
          })}
        </Text>
      ) : null}
      <Text size="sm" fw={600}>
        {t('trajectories.handover.receiving')}
      </Text>
      {h.receivingServices.length === 0 ? (
        <Text size="sm" c="dimmed">
          —
        </Text>
      ) : (
        <List size="sm">
          {h.receivingServices.map((s) => (
            <List.Item key={`${s.organisation}-${s.service}-${s.worker}`}>
              {[s.organisation, s.service, s.worker].filter(Boolean).join(' · ')}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm">
        {h.conversationOn
          ? t('trajectories.handover.conversationHeld', {
              date: formatDate(h.conversationOn),
              who: h.conversationParticipants.join(', '),
            })
          : t('trajectories.handover.noConversation')}
      </Text>
      {h.sharedInformation ? (
        <Text size="sm">{t('trajectories.handover.sharedText', { text: h.sharedInformation })}</Text>
      ) : null}
      {h.coordinationAgreement ? (
        <Text size="sm">
          {t('trajectories.handover.coordinationText', { text: h.coordinationAgreement })}
        </Text>
      ) : null}
      {isOpen && h.missing.length > 0 ? (
        <Badge color="orange" variant="light" radius="sm" style={{ alignSelf: 'flex-start' }}>
          {t('trajectories.handover.missing', { parts: h.missing.map(labels.handoverPart).join(', ') })}
        </Badge>
      ) : null}
      {h.needsCoordinationMeetings || trajectory.meetings.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('trajectories.meetings.title')}
          </Text>
          {h.needsCoordinationMeetings ? (
            <Text size="xs" c="dimmed">
              {t('trajectories.meetings.why')}
            </Text>
          ) : null}
          {trajectory.meetings.map((m) => (
            <Group key={m.id} gap="xs">
              <Text size="sm">
                {m.heldOn
                  ? t('trajectories.meetings.held', {
                      date: formatDate(m.heldOn),
                      who: m.participants.join(', '),
                    })
                  : t('trajectories.meetings.planned', { date: formatDate(m.plannedOn) })}
              </Text>
              {m.decisions ? (
                <Text size="sm" c="dimmed">
                  — {m.decisions}
                </Text>
              ) : null}
              {!m.heldOn && isOpen ? (
                <Button size="compact-xs" variant="light" onClick={() => setMeeting(m.id)}>
                  {t('trajectories.meetings.record')}
                </Button>
              ) : null}
            </Group>
          ))}
        </Stack>
      ) : null}
      {isOpen ? (
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            {t('trajectories.handover.edit')}
          </Button>
          <Button size="xs" variant="light" onClick={() => setMeeting('new')}>
            {t('trajectories.meetings.plan')}
          </Button>
        </Group>
      ) : null}
      {isEditing ? <HandoverModal trajectory={trajectory} onClose={() => setEditing(false)} /> : null}
      {meeting ? (
        <MeetingModal
          trajectory={trajectory}
          meetingId={meeting === 'new' ? null : meeting}
          onClose={() => setMeeting(null)}
        />
      ) : null}
    </Stack>
  );
}
