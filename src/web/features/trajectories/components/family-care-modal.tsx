import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { recordChangedOf } from '../../../lib/record-changed';
import { useUpdateTrajectory } from '../hooks/use-trajectories';
import { FamilyCareFields, familyCareBody, familyCareValuesOf } from './family-care-fields';

// The server names a problem of these details by its path in the request.
const FIELDS = ['familyCare.provider', 'familyCare.referredOn', 'familyCare.firstContactOn'] as const;

/** R5: completing family care later — the first contact, the referrer at the first conversation. */
export function FamilyCareModal({ trajectory, onClose }: { trajectory: TrajectoryDto; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTrajectory(trajectory.familyId, trajectory.id);
  const [values, setValues] = useState(() =>
    familyCareValuesOf(trajectory.familyCare as NonNullable<TrajectoryDto['familyCare']>),
  );
  // ADR 020: the version this edit starts from; a stale save reloads the saved details.
  const [baseVersion, setBaseVersion] = useState(trajectory.version);
  const problems = useFormProblems(FIELDS);
  const body = familyCareBody(values);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!body) return;
    problems.clear();
    update.mutate(
      { familyCare: body, baseVersion },
      {
        onSuccess: onClose,
        onError: (error) => {
          problems.fromServer(error);
          const current = recordChangedOf(error)?.current as TrajectoryDto | undefined;
          if (!current?.familyCare) return;
          setValues(familyCareValuesOf(current.familyCare));
          setBaseVersion(current.version);
        },
      },
    );
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('trajectories.familyCare.edit')}
      size="lg"
      onSubmit={submit}
      problems={problems}
      isPending={update.isPending}
      submitLabel={t('trajectories.familyCare.save')}
      isSubmitDisabled={!body}
    >
      <FamilyCareFields value={values} onChange={setValues} errorOf={problems.fieldError} />
    </FormDialog>
  );
}
