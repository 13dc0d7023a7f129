import type { AllocationResponse } from '../../../../contracts/funding';
import { api, apiRequest } from '../../../lib/api';

export const getAllocation = (year: number, budgetCents: number) =>
  api.get<AllocationResponse>('/funding/allocation', { year, budgetCents });

/** CSV with the columns zone_code,population_under_25,deprivation_index (R13). */
export const importZoneData = async (year: number, csv: string) =>
  (
    await apiRequest<{ imported: number }>(`/funding/zone-data/${year}`, {
      method: 'POST',
      text: { body: csv, contentType: 'text/csv' },
    })
  ).data;
