// The reports feature's query keys and queries: the one place they are written (ADR 030).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { FiguresQuery } from '../../../../contracts/reports';
import { getFigures } from './figures-api';

export const figuresKeys = {
  all: ['figures'] as const,
  figures: (query: FiguresQuery) => [...figuresKeys.all, query] as const,
};

export const figuresQueries = {
  figures: (query: FiguresQuery) =>
    queryOptions({
      queryKey: figuresKeys.figures(query),
      queryFn: () => getFigures(query),
      placeholderData: keepPreviousData,
    }),
};
