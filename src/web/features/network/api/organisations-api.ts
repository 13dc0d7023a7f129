import type {
  EditOrganisationInput,
  OrganisationDto,
  OrganisationInput,
} from '../../../../contracts/network';
import { api } from '../../../lib/api';

export const addOrganisation = (body: OrganisationInput) => api.post<OrganisationDto>('/organisations', body);

export const editOrganisation = (id: string, body: EditOrganisationInput) =>
  api.put<OrganisationDto>(`/organisations/${id}`, body);

export const setOrganisationActive = (organisation: OrganisationDto, isActive: boolean) =>
  api.post<OrganisationDto>(`/organisations/${organisation.id}/${isActive ? 'reactivate' : 'deactivate'}`, {
    baseVersion: organisation.version,
  });
