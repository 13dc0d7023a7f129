import type {
  DueFilesResponse,
  RetentionSettingsDto,
  SaveRetentionSettingsBody,
} from '../../../../contracts/retention';
import { api } from '../../../lib/api';

export const listDueFiles = () => api.get<DueFilesResponse>('/retention/due-files');

export const getRetentionSettings = () => api.get<RetentionSettingsDto>('/retention/settings');

export const saveRetentionSettings = (body: SaveRetentionSettingsBody) =>
  api.put<RetentionSettingsDto>('/retention/settings', body);
