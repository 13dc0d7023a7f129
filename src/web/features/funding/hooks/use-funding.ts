import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LineYearInput, PilotInput, SpendingInput } from '../../../../contracts/funding';
import { cancelSpending, createPilot, recordSpending, saveLineYear } from '../api/funding-api';
import { fundingKeys, fundingQueries } from '../api/funding-queries';

export const useFundingOverview = (year: number) => useQuery(fundingQueries.overview(year));
export const useQuarterlyOverview = (year: number) => useQuery(fundingQueries.quarters(year));
export const useLedger = (code: string, year: number) => useQuery(fundingQueries.ledger(code, year));

/** Money changes answer `ok`: read the overview again (all years, a pilot touches two). */
function useFundingMutation<TInput>(mutate: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }),
  });
}

export const useSaveLineYear = () =>
  useFundingMutation(({ code, year, body }: { code: string; year: number; body: LineYearInput }) =>
    saveLineYear(code, year, body),
  );

export const useRecordSpending = () =>
  useFundingMutation(({ code, body }: { code: string; body: SpendingInput }) => recordSpending(code, body));

export const useCreatePilot = () => useFundingMutation((body: PilotInput) => createPilot(body));

export const useCancelSpending = () =>
  useFundingMutation(({ code, id, reason }: { code: string; id: string; reason: string }) =>
    cancelSpending(code, id, reason),
  );
