import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartTrajectoryBody } from '../../../../contracts/trajectories';
import { todayIso } from '../../../../domain/dates';
import { FAMILY_CARE_LINE, REGULAR_LINE } from '../../../../domain/funding-lines';
import { TRAJECTORY_KINDS, type TrajectoryKind } from '../../../../domain/trajectories';
import { FundingLineSelect } from '../../../components/reference/funding-line-select';
import { DateField } from '../../../components/ui/date-field';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useStartTrajectory } from '../hooks/use-trajectories';
import { emptyFamilyCare, FamilyCareFields, familyCareBody } from './family-care-fields';
import { type ReceivingService, ReceivingServicesEditor } from './receiving-services-editor';

/** Starts a trajectory of one kind on a funding line, from the family's referral. */
export function StartTrajectoryModal({
  familyId,
  referral,
  onClose,
}: {
  familyId: string;
  referral: { id: string; fundingLine: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const start = useStartTrajectory(familyId);
  const [kind, setKind] = useState<TrajectoryKind>('shortTerm');
  const [fundingLine, setFundingLine] = useState<string | null>(referral?.fundingLine ?? REGULAR_LINE);
  const [startedOn, setStartedOn] = useState<string | null>(todayIso());
  const [waitingFor, setWaitingFor] = useState('');
  const [waitingListOf, setWaitingListOf] = useState('');
  const [waitingSince, setWaitingSince] = useState<string | null>(null);
  const [services, setServices] = useState<ReceivingService[]>([
    { organisation: '', service: '', worker: '' },
  ]);
  const [newMunicipality, setNewMunicipality] = useState('');
  const [movingOn, setMovingOn] = useState<string | null>(null);
  const [familyCare, setFamilyCare] = useState(emptyFamilyCare);
  const chooseKind = (next: TrajectoryKind) => {
    setKind(next);
    // R5: family care is paid from its own line, so choosing it chooses the line too.
    if (next === 'familyCare') setFundingLine(FAMILY_CARE_LINE);
  };

  const body = (): StartTrajectoryBody | null => {
    if (!fundingLine || !startedOn) return null;
    const base = { fundingLine, startedOn, referralId: referral?.id ?? null };
    const receiving = services.filter((s) => s.organisation.trim());
    if (kind === 'shortTerm') return { kind, ...base };
    if (kind === 'bridging')
      return waitingFor.trim() && waitingListOf.trim() && waitingSince
        ? { kind, ...base, bridging: { waitingFor, waitingListOf, waitingSince } }
        : null;
    if (kind === 'familyCare') {
      const details = familyCareBody(familyCare);
      return details ? { kind, ...base, familyCare: details } : null;
    }
    if (kind === 'handover')
      return receiving.length > 0
        ? { kind, ...base, handover: { receivingServices: receiving, conversationParticipants: [] } }
        : null;
    return newMunicipality.trim()
      ? {
          kind,
          ...base,
          movingOut: { newMunicipality, movingOn },
          handover: { receivingServices: receiving, conversationParticipants: [] },
        }
      : null;
  };
  const ready = body();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (ready) start.mutate(ready, { onSuccess: onClose });
  };

  return (
    <LabelledModal opened onClose={onClose} title={t('trajectories.start.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('trajectories.start.kind')}
            data={TRAJECTORY_KINDS.map((k) => ({ value: k, label: labels.trajectoryKind(k) }))}
            value={kind}
            onChange={(v) => v && chooseKind(v as TrajectoryKind)}
            allowDeselect={false}
            description={t(`trajectories.start.hint.${kind}`)}
          />
          <Group grow align="flex-start">
            <FundingLineSelect
              label={t('trajectories.start.fundingLine')}
              activeOnly
              value={fundingLine}
              onChange={setFundingLine}
              required
            />
            <DateField
              label={t('trajectories.start.startedOn')}
              required
              maxDate={todayIso()}
              value={startedOn}
              onChange={setStartedOn}
            />
          </Group>
          {kind === 'bridging' ? (
            <>
              <TextInput
                label={t('trajectories.bridging.waitingFor')}
                required
                value={waitingFor}
                onChange={(e) => setWaitingFor(e.currentTarget.value)}
              />
              <Group grow align="flex-start">
                <TextInput
                  label={t('trajectories.bridging.waitingListOf')}
                  required
                  value={waitingListOf}
                  onChange={(e) => setWaitingListOf(e.currentTarget.value)}
                />
                <DateField
                  label={t('trajectories.bridging.waitingSince')}
                  required
                  maxDate={todayIso()}
                  value={waitingSince}
                  onChange={setWaitingSince}
                />
              </Group>
            </>
          ) : null}
          {kind === 'movingOut' ? (
            <Group grow align="flex-start">
              <TextInput
                label={t('trajectories.movingOut.newMunicipality')}
                required
                value={newMunicipality}
                onChange={(e) => setNewMunicipality(e.currentTarget.value)}
              />
              <DateField
                label={t('trajectories.movingOut.movingOn')}
                value={movingOn}
                onChange={setMovingOn}
              />
            </Group>
          ) : null}
          {kind === 'familyCare' ? <FamilyCareFields value={familyCare} onChange={setFamilyCare} /> : null}
          {kind === 'handover' || kind === 'movingOut' ? (
            <ReceivingServicesEditor value={services} onChange={setServices} />
          ) : null}
          {start.error ? (
            <Alert color="red" role="alert">
              {start.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!ready} loading={start.isPending}>
              {t('trajectories.start.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </LabelledModal>
  );
}
