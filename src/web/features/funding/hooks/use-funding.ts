import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LineYearInput, PilotInput, SpendingInput } from '../../../../contracts/funding';
import {
  cancelSpending,
  createPilot,
  getFundingOverview,
  getLedger,
  getQuarterlyOverview,
  recordSpending,
  saveLineYear,
} from '../api/funding-api';

const overviewKey = (year: number) => ['funding', 'overview', year] as const;

export function useFundingOverview(year: number) {
  return useQuery({
    queryKey: overviewKey(year),
    queryFn: () => getFundingOverview(year),
    placeholderData: keepPreviousData,
  });
}

/** R6: trajectories of capped or priced lines per quarter, for the steering group. */
export function useQuarterlyOverview(year: number) {
  return useQuery({
    queryKey: ['funding', 'quarters', year],
    queryFn: () => getQuarterlyOverview(year),
    placeholderData: keepPreviousData,
  });
}

/** Money changes answer `ok`: read the overview again (all years, a pilot touches two). */
function useFundingMutation<TInput>(mutate: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['funding'] }),
  });
}

export const useSaveLineYear = () =>
  useFundingMutation(({ code, year, body }: { code: string; year: number; body: LineYearInput }) =>
    saveLineYear(code, year, body),
  );

export const useRecordSpending = () =>
  useFundingMutation(({ code, body }: { code: string; body: SpendingInput }) => recordSpending(code, body));

export const useCreatePilot = () => useFundingMutation((body: PilotInput) => createPilot(body));

/** A line's bookings of a year, cancelled ones included. */
export function useLedger(code: string, year: number) {
  return useQuery({ queryKey: ['funding', 'ledger', code, year], queryFn: () => getLedger(code, year) });
}

export const useCancelSpending = () =>
  useFundingMutation(({ code, id, reason }: { code: string; id: string; reason: string }) =>
    cancelSpending(code, id, reason),
  );
