import type { FiguresQuery, FiguresResponse } from '../../../../contracts/reports';
import { api, apiUrl } from '../../../lib/api';

export const getFigures = (query: FiguresQuery) => api.get<FiguresResponse>('/reports/figures', query);

/** The same figures as a CSV file; a plain link, so the browser downloads it with the session cookie. */
export const figuresCsvUrl = (query: FiguresQuery) => apiUrl('/reports/figures.csv', query);
