import { Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartTrajectoryBody } from '../../../../contracts/trajectories';
import { todayIso } from '../../../../domain/dates';
import { FAMILY_CARE_LINE, REGULAR_LINE } from '../../../../domain/funding-lines';
import { TRAJECTORY_KINDS, type TrajectoryKind } from '../../../../domain/trajectories';
import { FundingLineSelect } from '../../../components/reference/funding-line-select';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useStartTrajectory } from '../hooks/use-trajectories';
import { emptyFamilyCare, FamilyCareFields, familyCareBody } from './family-care-fields';
import { type ReceivingService, ReceivingServicesEditor } from './receiving-services-editor';

// The server names a problem by its path in the request (`bridging.waitingSince`).
const FIELDS = [
  'kind',
  'fundingLine',
  'startedOn',
  'bridging.waitingFor',
  'bridging.waitingListOf',
  'bridging.waitingSince',
  'movingOut.newMunicipality',
  'movingOut.movingOn',
  'familyCare.provider',
  'familyCare.referredOn',
  'familyCare.firstContactOn',
] as const;

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
  const problems = useFormProblems(FIELDS);
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
    if (!ready) return;
    problems.clear();
    start.mutate(ready, { onSuccess: onClose, onError: problems.fromServer });
  };

  return (
    <FormDialog
      onClose={onClose}
      title={t('trajectories.start.title')}
      size="lg"
      onSubmit={submit}
      problems={problems}
      isPending={start.isPending}
      submitLabel={t('trajectories.start.submit')}
      isSubmitDisabled={!ready}
    >
      <Select
        label={t('trajectories.start.kind')}
        data={TRAJECTORY_KINDS.map((k) => ({ value: k, label: labels.trajectoryKind(k) }))}
        value={kind}
        onChange={(v) => v && chooseKind(v as TrajectoryKind)}
        error={problems.fieldError('kind')}
        allowDeselect={false}
        description={t(`trajectories.start.hint.${kind}`)}
      />
      <Group grow align="flex-start">
        <FundingLineSelect
          label={t('trajectories.start.fundingLine')}
          activeOnly
          value={fundingLine}
          onChange={setFundingLine}
          error={problems.fieldError('fundingLine')}
          required
        />
        <DateField
          label={t('trajectories.start.startedOn')}
          required
          maxDate={todayIso()}
          value={startedOn}
          onChange={setStartedOn}
          error={problems.fieldError('startedOn')}
        />
      </Group>
      {kind === 'bridging' ? (
        <>
          <TextInput
            label={t('trajectories.bridging.waitingFor')}
            required
            value={waitingFor}
            onChange={(e) => setWaitingFor(e.currentTarget.value)}
            error={problems.fieldError('bridging.waitingFor')}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('trajectories.bridging.waitingListOf')}
              required
              value={waitingListOf}
              onChange={(e) => setWaitingListOf(e.currentTarget.value)}
              error={problems.fieldError('bridging.waitingListOf')}
            />
            <DateField
              label={t('trajectories.bridging.waitingSince')}
              required
              maxDate={todayIso()}
              value={waitingSince}
              onChange={setWaitingSince}
              error={problems.fieldError('bridging.waitingSince')}
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
            error={problems.fieldError('movingOut.newMunicipality')}
          />
          <DateField
            label={t('trajectories.movingOut.movingOn')}
            value={movingOn}
            onChange={setMovingOn}
            error={problems.fieldError('movingOut.movingOn')}
          />
        </Group>
      ) : null}
      {kind === 'familyCare' ? (
        <FamilyCareFields value={familyCare} onChange={setFamilyCare} errorOf={problems.fieldError} />
      ) : null}
      {kind === 'handover' || kind === 'movingOut' ? (
        <ReceivingServicesEditor value={services} onChange={setServices} />
      ) : null}
    </FormDialog>
  );
}
