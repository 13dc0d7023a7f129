import { useQuery } from '@tanstack/react-query';
import type { FiguresQuery } from '../../../../contracts/reports';
import { figuresQueries } from '../api/figures-queries';

export const useFigures = (query: FiguresQuery) => useQuery(figuresQueries.figures(query));
