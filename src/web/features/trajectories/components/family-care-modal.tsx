import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { useUpdateTrajectory } from '../hooks/use-trajectories';
import { FamilyCareFields, familyCareBody, familyCareValuesOf } from './family-care-fields';

/** R5: completing family care later — the first contact, the referrer at the first conversation. */
export function FamilyCareModal({ trajectory, onClose }: { trajectory: TrajectoryDto; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTrajectory(trajectory.familyId, trajectory.id);
  const [values, setValues] = useState(() =>
    familyCareValuesOf(trajectory.familyCare as NonNullable<TrajectoryDto['familyCare']>),
  );
  const body = familyCareBody(values);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (body) update.mutate({ familyCare: body }, { onSuccess: onClose });
  };
  return (
    <LabelledModal opened onClose={onClose} title={t('trajectories.familyCare.edit')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FamilyCareFields value={values} onChange={setValues} />
          {update.error ? (
            <Alert color="red" role="alert">
              {update.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!body} loading={update.isPending}>
              {t('trajectories.familyCare.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </LabelledModal>
  );
}
