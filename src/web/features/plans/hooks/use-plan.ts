import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgreementBody, PlanDto, SavePlanBody } from '../../../../contracts/plans';
import { comparePlanVersions, getPlan, getPlanVersion, recordAgreement, savePlan } from '../api/plans-api';

const planKey = (id: string) => ['plans', id] as const;

export const usePlan = (id: string) => useQuery({ queryKey: planKey(id), queryFn: () => getPlan(id) });

export const usePlanVersion = (id: string, version: number | null) =>
  useQuery({
    queryKey: ['plans', id, 'version', version],
    queryFn: () => getPlanVersion(id, version as number),
    enabled: version !== null,
  });

export const usePlanComparison = (id: string, from: number | null, to: number | null) =>
  useQuery({
    queryKey: ['plans', id, 'compare', from, to],
    queryFn: () => comparePlanVersions(id, from as number, to as number),
    enabled: from !== null && to !== null && from !== to,
  });

function usePlanMutation<TInput>(id: string, mutate: (input: TInput) => Promise<PlanDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKey(id), plan);
      // The family view (features/portal) shows the plan; it is kept under the plan's key.
      void queryClient.invalidateQueries({ queryKey: ['plans', id, 'family-view'] });
      void queryClient.invalidateQueries({ queryKey: ['worklist'] });
    },
  });
}

export const useSavePlan = (id: string) => usePlanMutation(id, (body: SavePlanBody) => savePlan(id, body));
export const useRecordAgreement = (id: string) =>
  usePlanMutation(id, ({ version, body }: { version: number; body: AgreementBody }) =>
    recordAgreement(id, version, body),
  );
