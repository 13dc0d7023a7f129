import type { ZoneDto } from '../../../../contracts/network';
import { apiRequest } from '../../../lib/api';

export const saveServedZones = async (zones: string[]) =>
  (await apiRequest<{ zones: ZoneDto[] }>('/collaboration/zones', { method: 'PUT', json: { zones } })).data;

export const importMunicipalities = async (csv: string) =>
  (
    await apiRequest<{ imported: number }>('/admin/municipalities/import', {
      method: 'POST',
      text: { body: csv, contentType: 'text/csv' },
    })
  ).data;
