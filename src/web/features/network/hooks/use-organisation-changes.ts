import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrganisationDto, OrganisationInput } from '../../../../contracts/network';
import { referenceKeys } from '../../../lib/reference-data';
import { addOrganisation, editOrganisation, setOrganisationActive } from '../api/organisations-api';

// The partner list is the cached reference data (lib/reference-data.ts): every change refreshes it.
const ORGANISATIONS_KEY = referenceKeys.organisations();

export function useSaveOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, body }: { current: OrganisationDto | null; body: OrganisationInput }) =>
      current
        ? editOrganisation(current.id, { ...body, baseVersion: current.version })
        : addOrganisation(body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ORGANISATIONS_KEY }),
  });
}

export function useSetOrganisationActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organisation, isActive }: { organisation: OrganisationDto; isActive: boolean }) =>
      setOrganisationActive(organisation, isActive),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ORGANISATIONS_KEY }),
  });
}
