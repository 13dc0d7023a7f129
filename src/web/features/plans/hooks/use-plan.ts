import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgreementBody, PlanDto, SavePlanBody } from '../../../../contracts/plans';
import { afterSaveSlot } from '../../../lib/after-save';
import { recordAgreement, savePlan } from '../api/plans-api';
import { planKeys, planQueries } from '../api/plans-queries';

export const usePlan = (id: string) => useQuery(planQueries.plan(id));
export const usePlanVersion = (id: string, version: number | null) =>
  useQuery(planQueries.version(id, version));
export const usePlanComparison = (id: string, from: number | null, to: number | null) =>
  useQuery(planQueries.comparison(id, from, to));

/** A saved plan changes other features' lists (the worklists' next steps): the page says which. */
export const PlanSaved = afterSaveSlot<{ familyId: string }>();

function usePlanMutation<TInput>(id: string, mutate: (input: TInput) => Promise<PlanDto>) {
  const queryClient = useQueryClient();
  const afterSave = PlanSaved.useAfterSave();
  return useMutation({
    mutationFn: mutate,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.plan(id), plan);
      void afterSave({ familyId: id });
    },
  });
}

export const useSavePlan = (id: string) => usePlanMutation(id, (body: SavePlanBody) => savePlan(id, body));
export const useRecordAgreement = (id: string) =>
  usePlanMutation(id, ({ version, body }: { version: number; body: AgreementBody }) =>
    recordAgreement(id, version, body),
  );
