import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { HandoverModal } from './handover-modal';
import { MeetingModal } from './meeting-modal';

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
          {h.needsCoordinationMeetings && isOpen ? (
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
