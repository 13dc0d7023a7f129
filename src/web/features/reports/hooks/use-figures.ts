import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FiguresQuery } from '../../../../contracts/reports';
import { getFigures } from '../api/figures-api';

export function useFigures(query: FiguresQuery) {
  return useQuery({
    queryKey: ['figures', query],
    queryFn: () => getFigures(query),
    placeholderData: keepPreviousData,
  });
}
