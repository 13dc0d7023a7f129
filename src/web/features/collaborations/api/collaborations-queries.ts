// The collaborations feature's query keys and queries: the one place they are written (ADR 030).
import { queryOptions } from '@tanstack/react-query';
import { listCollaborations, listInstallationZones } from './collaborations-api';

export const collaborationsKeys = {
  all: ['collaborations'] as const,
  list: () => [...collaborationsKeys.all, 'list'] as const,
  zones: () => [...collaborationsKeys.all, 'zones'] as const,
};

export const collaborationsQueries = {
  list: () => queryOptions({ queryKey: collaborationsKeys.list(), queryFn: listCollaborations }),
  zones: () => queryOptions({ queryKey: collaborationsKeys.zones(), queryFn: listInstallationZones }),
};
