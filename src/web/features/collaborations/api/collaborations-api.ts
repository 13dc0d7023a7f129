import type { AccountDto } from '../../../../contracts/accounts';
import type {
  CollaborationDto,
  CreateCollaborationBody,
  InstallationZoneDto,
  InviteCoordinatorBody,
} from '../../../../contracts/collaborations';
import { apiRequest } from '../../../lib/api';

export const listCollaborations = async () =>
  (await apiRequest<CollaborationDto[]>('/platform/collaborations')).data;

export const listInstallationZones = async () =>
  (await apiRequest<InstallationZoneDto[]>('/platform/zones')).data;

export const createCollaboration = async (body: CreateCollaborationBody) =>
  (await apiRequest<CollaborationDto>('/platform/collaborations', { method: 'POST', json: body })).data;

export const inviteCoordinator = async ({ id, body }: { id: string; body: InviteCoordinatorBody }) =>
  (
    await apiRequest<AccountDto>(`/platform/collaborations/${id}/coordinators`, {
      method: 'POST',
      json: body,
    })
  ).data;
