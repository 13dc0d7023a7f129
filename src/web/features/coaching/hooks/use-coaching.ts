import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EndMatchInput, MatchInput } from '../../../../contracts/coaching';
import { afterSaveSlot } from '../../../lib/after-save';
import { endMatch, matchFamily } from '../api/coaching-api';
import { coachingKeys, coachingQueries } from '../api/coaching-queries';

export const useCoachWaitingList = () => useQuery(coachingQueries.waitingList());
export const useCoaches = () => useQuery(coachingQueries.coaches());
export const useCoachMatches = () => useQuery(coachingQueries.matches());

/** What else a match or its end changes (the team's waiting list, R18) is the page's to refresh. */
export const CoachingSaved = afterSaveSlot<void>();

/** A match or its end changes all three lists; the dialog closes once they show it. */
function useCoachingMutation<TInput, TOutput>(mutate: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  const afterSave = CoachingSaved.useAfterSave();
  return useMutation({
    mutationFn: mutate,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: coachingKeys.all }), afterSave()]);
    },
  });
}

export const useMatchFamily = () => useCoachingMutation((body: MatchInput) => matchFamily(body));
export const useEndMatch = () =>
  useCoachingMutation(({ id, body }: { id: string; body: EndMatchInput }) => endMatch(id, body));
