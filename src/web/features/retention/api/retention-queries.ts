// The retention feature's query keys and queries: the one place they are written (ADR 030).
import { queryOptions } from '@tanstack/react-query';
import { getRetentionSettings, listDueFiles } from './retention-api';

export const retentionKeys = {
  all: ['retention'] as const,
  dueFiles: () => [...retentionKeys.all, 'due-files'] as const,
  settings: () => [...retentionKeys.all, 'settings'] as const,
};

export const retentionQueries = {
  dueFiles: () => queryOptions({ queryKey: retentionKeys.dueFiles(), queryFn: listDueFiles }),
  settings: () => queryOptions({ queryKey: retentionKeys.settings(), queryFn: getRetentionSettings }),
};
