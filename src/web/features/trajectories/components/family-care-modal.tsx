import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { SaveError } from '../../../components/ui/save-error';
import { recordChangedOf } from '../../../lib/record-changed';
import { useUpdateTrajectory } from '../hooks/use-trajectories';
import { FamilyCareFields, familyCareBody, familyCareValuesOf } from './family-care-fields';

/** R5: completing family care later — the first contact, the referrer at the first conversation. */
export function FamilyCareModal({ trajectory, onClose }: { trajectory: TrajectoryDto; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTrajectory(trajectory.familyId, trajectory.id);
  const [values, setValues] = useState(() =>
    familyCareValuesOf(trajectory.familyCare as NonNullable<TrajectoryDto['familyCare']>),
  );
  // ADR 020: the version this edit starts from; a stale save reloads the saved details.
  const [baseVersion, setBaseVersion] = useState(trajectory.version);
  const body = familyCareBody(values);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!body) return;
    update.mutate(
      { familyCare: body, baseVersion },
      {
        onSuccess: onClose,
        onError: (error) => {
          const current = recordChangedOf(error)?.current as TrajectoryDto | undefined;
          if (!current?.familyCare) return;
          setValues(familyCareValuesOf(current.familyCare));
          setBaseVersion(current.version);
        },
      },
    );
  };
  return (
    <LabelledModal opened onClose={onClose} title={t('trajectories.familyCare.edit')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FamilyCareFields value={values} onChange={setValues} />
          <SaveError error={update.error} />
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
