import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OfferDto, OfferInput } from '../../../../contracts/socialmap';
import { addOffer, editOffer, type SocialMapSearch } from '../api/socialmap-api';
import { socialMapKeys, socialMapQueries } from '../api/socialmap-queries';

export const useSocialMap = (search: SocialMapSearch) => useQuery(socialMapQueries.search(search));

export function useSaveOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      current,
      body,
      isActive,
    }: {
      current: OfferDto | null;
      body: OfferInput;
      isActive?: boolean;
    }) =>
      current ? editOffer(current.id, { ...body, isActive, baseVersion: current.version }) : addOffer(body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: socialMapKeys.all }),
  });
}
