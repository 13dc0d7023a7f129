// Reference lists that several features show (funding lines, reasons, zones, municipalities,
// known organisations). They change rarely, so they are cached for the session.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FundingLineDto } from '../../contracts/funding';
import type { NotStartedReasonDto } from '../../contracts/intake';
import type { MunicipalityDto, OrganisationDto, ZoneDto } from '../../contracts/network';
import { api } from './api';

const LONG = 10 * 60_000;

export function useFundingLines() {
  return useQuery({
    queryKey: ['funding-lines'],
    queryFn: () => api.get<FundingLineDto[]>('/funding-lines'),
    staleTime: LONG,
  });
}

export function useNotStartedReasons() {
  return useQuery({
    queryKey: ['not-started-reasons'],
    queryFn: () => api.get<NotStartedReasonDto[]>('/not-started-reasons'),
    staleTime: LONG,
  });
}

export function useOrganisations() {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: () => api.get<OrganisationDto[]>('/organisations'),
    staleTime: LONG,
  });
}

export const SERVED_ZONES_QUERY_KEY = ['collaboration', 'zones'] as const;

export function useServedZones() {
  return useQuery({
    queryKey: SERVED_ZONES_QUERY_KEY,
    queryFn: async () => (await api.get<{ zones: ZoneDto[] }>('/collaboration/zones')).zones,
    staleTime: LONG,
  });
}

export function useMunicipalities(search: string, enabled = true) {
  return useQuery({
    queryKey: ['municipalities', search],
    queryFn: () => api.get<MunicipalityDto[]>('/municipalities', search ? { q: search } : undefined),
    staleTime: LONG,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Zone code → name, from the served zones and the municipality table (zones outside the region too). */
export function useZoneNames(): (code: string) => string {
  const served = useServedZones();
  const municipalities = useMunicipalities('');
  const names = new Map<string, string>();
  for (const m of municipalities.data ?? []) names.set(m.primaryCareZone.code, m.primaryCareZone.name);
  for (const z of served.data ?? []) names.set(z.code, z.name);
  return (code) => names.get(code) ?? code;
}
