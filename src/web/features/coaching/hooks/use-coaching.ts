import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EndMatchInput, MatchInput } from '../../../../contracts/coaching';
import { endMatch, getCoaches, getCoachMatches, getCoachWaitingList, matchFamily } from '../api/coaching-api';

const COACHING_KEY = ['coaching'] as const;

export const useCoachWaitingList = () =>
  useQuery({ queryKey: [...COACHING_KEY, 'waiting-list'], queryFn: getCoachWaitingList });
export const useCoaches = () => useQuery({ queryKey: [...COACHING_KEY, 'coaches'], queryFn: getCoaches });
export const useCoachMatches = () =>
  useQuery({ queryKey: [...COACHING_KEY, 'matches'], queryFn: getCoachMatches });

/** A match or its end changes all three lists, and the team's waiting list (R18) too. */
function useCoachingMutation<TInput, TOutput>(mutate: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: COACHING_KEY }),
        queryClient.invalidateQueries({ queryKey: ['worklist'] }),
      ]);
    },
  });
}

export const useMatchFamily = () => useCoachingMutation((body: MatchInput) => matchFamily(body));
export const useEndMatch = () =>
  useCoachingMutation(({ id, body }: { id: string; body: EndMatchInput }) => endMatch(id, body));
