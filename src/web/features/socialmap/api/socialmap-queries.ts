// The social map's query keys and queries: the one place they are written (ADR 030).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type SocialMapSearch, searchSocialMap } from './socialmap-api';

export const socialMapKeys = {
  all: ['social-map'] as const,
  search: (search: SocialMapSearch) => [...socialMapKeys.all, search] as const,
};

export const socialMapQueries = {
  search: (search: SocialMapSearch) =>
    queryOptions({
      queryKey: socialMapKeys.search(search),
      queryFn: () => searchSocialMap(search),
      // Typing in the search box keeps the last answer on screen until the next one arrives.
      placeholderData: keepPreviousData,
    }),
};
