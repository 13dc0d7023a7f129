// Reference lists that several features show (funding lines, reasons, zones, municipalities,
// known organisations). They change rarely, so they are cached for the session.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FundingLineDto } from '../../contracts/funding';
import type { NotStartedReasonDto } from '../../contracts/intake';
import type { MunicipalityDto, OrganisationDto, ZoneDto } from '../../contracts/network';
import { api } from './api';

const LONG = 10 * 60_000;

/** The reference lists' query keys, written once (ADR 030); the admin feature refreshes them. */
export const referenceKeys = {
  all: ['reference'] as const,
  fundingLines: () => [...referenceKeys.all, 'funding-lines'] as const,
  notStartedReasons: () => [...referenceKeys.all, 'not-started-reasons'] as const,
  organisations: () => [...referenceKeys.all, 'organisations'] as const,
  servedZones: () => [...referenceKeys.all, 'served-zones'] as const,
  municipalities: () => [...referenceKeys.all, 'municipalities'] as const,
  municipalitySearch: (search: string) => [...referenceKeys.municipalities(), search] as const,
};

export function useFundingLines() {
  return useQuery({
    queryKey: referenceKeys.fundingLines(),
    queryFn: () => api.get<FundingLineDto[]>('/funding-lines'),
    staleTime: LONG,
  });
}

export function useNotStartedReasons() {
  return useQuery({
    queryKey: referenceKeys.notStartedReasons(),
    queryFn: () => api.get<NotStartedReasonDto[]>('/not-started-reasons'),
    staleTime: LONG,
  });
}

export function useOrganisations() {
  return useQuery({
    queryKey: referenceKeys.organisations(),
    queryFn: () => api.get<OrganisationDto[]>('/organisations'),
    staleTime: LONG,
  });
}

export function useServedZones() {
  return useQuery({
    queryKey: referenceKeys.servedZones(),
    queryFn: async () => (await api.get<{ zones: ZoneDto[] }>('/collaboration/zones')).zones,
    staleTime: LONG,
  });
}

export function useMunicipalities(search: string, enabled = true) {
  return useQuery({
    queryKey: referenceKeys.municipalitySearch(search),
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
