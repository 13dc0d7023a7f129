import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OfferDto, OfferInput } from '../../../../contracts/socialmap';
import { addOffer, editOffer, type SocialMapSearch, searchSocialMap } from '../api/socialmap-api';

const socialMapKeys = {
  all: ['social-map'] as const,
  search: (search: SocialMapSearch) => ['social-map', search] as const,
};

export function useSocialMap(search: SocialMapSearch) {
  return useQuery({
    queryKey: socialMapKeys.search(search),
    queryFn: () => searchSocialMap(search),
    // Typing in the search box keeps the last answer on screen until the next one arrives.
    placeholderData: keepPreviousData,
  });
}

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
