import { Checkbox, Drawer, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newWorkerInput, type TeamResponse, type WorkerDto, workerInput } from '../../../../contracts/team';
import { todayIso } from '../../../../domain/dates';
import { DEFAULT_CASELOAD_LIMIT, isFamilyCoach } from '../../../../domain/family-coaching';
import { WORKER_FUNCTIONS, type WorkerFunction } from '../../../../domain/secondment';
import { DateField } from '../../../components/ui/date-field';
import { FormShell } from '../../../components/ui/form-shell';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { zodFieldErrors } from '../../../lib/form-errors';
import { recordChangedOf } from '../../../lib/record-changed';
import { useOrganisations, useServedZones } from '../../../lib/reference-data';
import { useCan } from '../../../lib/session';
import { useSaveWorker } from '../hooks/use-team';

type WorkerFormValues = {
  displayName: string;
  homeOrganisationId: string | null;
  function: WorkerFunction | null;
  typeModuleId: string | null;
  fteTeam: number | string;
  fteHomeOrganisation: number | string;
  secondmentStart: string | null;
  secondmentEnd: string | null;
  zoneCode: string | null;
  site: string;
  isNewHire: boolean;
  coversAbsence: boolean;
  flexibleSpreadingFrom: string | null;
  caseloadLimit: number | string;
  /** Issue 12: a new worker's e-mail address, to invite their account at once. */
  inviteEmail: string;
};

const FIELDS = [
  'displayName',
  'homeOrganisationId',
  'function',
  'typeModuleId',
  'fteTeam',
  'fteHomeOrganisation',
  'secondmentStart',
  'secondmentEnd',
  'zoneCode',
  'site',
  'isNewHire',
  'coversAbsence',
  'flexibleSpreadingFrom',
  'caseloadLimit',
  'inviteEmail',
] as const;

function initialValues(worker: WorkerDto | null): WorkerFormValues {
  if (!worker) {
    return {
      displayName: '',
      homeOrganisationId: null,
      function: 'liaisonWorker',
      typeModuleId: null,
      fteTeam: 100,
      fteHomeOrganisation: 0,
      secondmentStart: todayIso(),
      secondmentEnd: null,
      zoneCode: null,
      site: '',
      isNewHire: false,
      coversAbsence: false,
      flexibleSpreadingFrom: null,
      caseloadLimit: DEFAULT_CASELOAD_LIMIT,
      inviteEmail: '',
    };
  }
  return {
    displayName: worker.displayName,
    homeOrganisationId: worker.homeOrganisationId,
    function: worker.function,
    typeModuleId: worker.typeModuleId ?? null,
    fteTeam: worker.fteTeam,
    fteHomeOrganisation: worker.fteHomeOrganisation,
    secondmentStart: worker.secondmentStart,
    secondmentEnd: worker.secondmentEnd ?? null,
    zoneCode: worker.zoneCode ?? null,
    site: worker.site ?? '',
    isNewHire: worker.isNewHire,
    coversAbsence: worker.coversAbsence,
    flexibleSpreadingFrom: worker.flexibleSpreadingFrom ?? null,
    caseloadLimit: worker.caseloadLimit ?? DEFAULT_CASELOAD_LIMIT,
    inviteEmail: '',
  };
}

const toNumber = (value: number | string) => (value === '' ? undefined : Number(value));

/** The body as the contract wants it; the user link of an existing worker is kept as it was. */
function toDraftBody(values: WorkerFormValues, worker: WorkerDto | null) {
  return {
    displayName: values.displayName,
    homeOrganisationId: values.homeOrganisationId ?? '',
    function: values.function ?? '',
    typeModuleId: values.typeModuleId,
    fteTeam: toNumber(values.fteTeam),
    fteHomeOrganisation: toNumber(values.fteHomeOrganisation) ?? 0,
    secondmentStart: values.secondmentStart ?? '',
    secondmentEnd: values.secondmentEnd,
    zoneCode: values.zoneCode,
    site: values.site.trim() || null,
    isNewHire: values.isNewHire,
    coversAbsence: values.coversAbsence,
    flexibleSpreadingFrom: values.flexibleSpreadingFrom,
    userId: worker?.userId ?? null,
    // R23: only family coaches have a caseload limit; left empty, the server takes the default.
    caseloadLimit: isFamilyCoach(values.function) ? (toNumber(values.caseloadLimit) ?? null) : null,
  };
}

type WorkerFormProps = {
  team: TeamResponse;
  /** null: a new worker. */
  worker: WorkerDto | null;
  onDone: (team: TeamResponse, name: string) => void;
};

function WorkerFormBody({ team, worker, onDone }: WorkerFormProps) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const zones = useServedZones();
  const save = useSaveWorker();
  const problems = useFormProblems(FIELDS);
  const canInvite = useCan('account:manage');
  const form = useForm<WorkerFormValues>({ initialValues: initialValues(worker) });
  // ADR 020: the version this change starts from; a stale save reloads the saved worker.
  const [baseVersion, setBaseVersion] = useState(worker?.version ?? 1);

  const submit = form.onSubmit((values) => {
    problems.clear();
    const draft = toDraftBody(values, worker);
    // A new worker may come with an invitation (issue 12); a change never sends one.
    const parsed = worker
      ? workerInput.safeParse(draft, { reportInput: true })
      : newWorkerInput.safeParse(
          { ...draft, inviteEmail: values.inviteEmail.trim() || null },
          { reportInput: true },
        );
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error.issues, t));
      return;
    }
    const body = parsed.data;
    save.mutate(
      { id: worker?.id ?? null, body, baseVersion },
      {
        onSuccess: (next) => onDone(next, body.displayName),
        onError: (error) => {
          const changed = recordChangedOf(error);
          if (changed) {
            form.setValues(initialValues(changed.current as WorkerDto));
            setBaseVersion(changed.currentVersion);
          }
          form.setErrors(problems.fromServer(error));
        },
      },
    );
  });

  // Team and home organisation usually add up to full time: keep them so while typing.
  const setFteTeam = (value: number | string) => {
    const before = Number(form.values.fteTeam) + Number(form.values.fteHomeOrganisation);
    form.setFieldValue('fteTeam', value);
    if (before === 100 && typeof value === 'number' && value >= 0 && value <= 100)
      form.setFieldValue('fteHomeOrganisation', 100 - value);
  };

  return (
    <FormShell
      onSubmit={submit}
      problems={problems}
      isPending={save.isPending}
      submitLabel={worker ? t('team.form.save') : t('team.form.create')}
    >
      <TextInput label={t('team.form.displayName')} required {...form.getInputProps('displayName')} />
      {!worker && canInvite ? (
        <TextInput
          label={t('team.form.inviteEmail')}
          description={t('team.form.inviteEmailHint')}
          type="email"
          {...form.getInputProps('inviteEmail')}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('team.form.homeOrganisation')}
          required
          searchable
          data={(organisations.data ?? [])
            // A deactivated partner (issue 12) is not offered, unless it is this worker's already.
            .filter((o) => o.isActive || o.id === worker?.homeOrganisationId)
            .map((o) => ({ value: o.id, label: o.name }))}
          {...form.getInputProps('homeOrganisationId')}
        />
        <Select
          label={t('team.form.function')}
          required
          allowDeselect={false}
          data={WORKER_FUNCTIONS.map((f) => ({ value: f, label: t(`team.functions.${f}`) }))}
          {...form.getInputProps('function')}
        />
      </SimpleGrid>
      {isFamilyCoach(form.values.function) ? (
        <NumberInput
          label={t('team.form.caseloadLimit')}
          description={t('team.form.caseloadLimitHint', { max: DEFAULT_CASELOAD_LIMIT })}
          min={0}
          max={DEFAULT_CASELOAD_LIMIT}
          allowDecimal={false}
          {...form.getInputProps('caseloadLimit')}
        />
      ) : null}
      <Select
        label={t('team.form.typeModule')}
        description={t('team.form.typeModuleHint')}
        clearable
        data={team.typeModules.map((m) => ({ value: m.id, label: `${m.name} (${m.employerName})` }))}
        {...form.getInputProps('typeModuleId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label={t('team.form.fteTeam')}
          description={t('team.form.fteTeamHint')}
          required
          min={0}
          max={100}
          step={10}
          allowDecimal={false}
          suffix="%"
          {...form.getInputProps('fteTeam')}
          onChange={setFteTeam}
        />
        <NumberInput
          label={t('team.form.fteHome')}
          description={t('team.form.fteHomeHint')}
          min={0}
          max={100}
          step={10}
          allowDecimal={false}
          suffix="%"
          {...form.getInputProps('fteHomeOrganisation')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField
          label={t('team.form.secondmentStart')}
          description={t('team.form.secondmentStartHint')}
          required
          {...form.getInputProps('secondmentStart')}
          value={form.values.secondmentStart}
          onChange={(value) => form.setFieldValue('secondmentStart', value)}
        />
        <DateField
          label={t('team.form.secondmentEnd')}
          description={t('team.form.secondmentEndHint')}
          {...form.getInputProps('secondmentEnd')}
          value={form.values.secondmentEnd}
          onChange={(value) => form.setFieldValue('secondmentEnd', value)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('team.form.zone')}
          clearable
          data={(zones.data ?? []).map((z) => ({ value: z.code, label: z.name }))}
          {...form.getInputProps('zoneCode')}
        />
        <TextInput label={t('team.form.site')} {...form.getInputProps('site')} />
      </SimpleGrid>
      <DateField
        label={t('team.form.flexibleFrom')}
        description={t('team.form.flexibleFromHint')}
        {...form.getInputProps('flexibleSpreadingFrom')}
        value={form.values.flexibleSpreadingFrom}
        onChange={(value) => form.setFieldValue('flexibleSpreadingFrom', value)}
      />
      <Checkbox
        label={t('team.form.isNewHire')}
        description={t('team.form.isNewHireHint')}
        {...form.getInputProps('isNewHire', { type: 'checkbox' })}
      />
      <Checkbox
        label={t('team.form.coversAbsence')}
        description={t('team.form.coversAbsenceHint')}
        {...form.getInputProps('coversAbsence', { type: 'checkbox' })}
      />
    </FormShell>
  );
}

type WorkerDrawerProps = WorkerFormProps & { opened: boolean; onClose: () => void };

/** Add or change a worker; the form is made fresh for every worker that is opened. */
export function WorkerDrawer({ opened, onClose, team, worker, onDone }: WorkerDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={worker ? t('team.form.editTitle', { name: worker.displayName }) : t('team.form.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened ? (
        <WorkerFormBody key={worker?.id ?? 'new'} team={team} worker={worker} onDone={onDone} />
      ) : null}
    </Drawer>
  );
}
