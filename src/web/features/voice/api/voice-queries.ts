// The voice feature's query keys and queries: the one place they are written (ADR 030).
import { queryOptions } from '@tanstack/react-query';
import { getFamilyVoice, getPortalVoice, getVoiceWeek } from './voice-api';

export const voiceKeys = {
  all: ['voice'] as const,
  family: (familyId: string) => [...voiceKeys.all, 'family', familyId] as const,
  week: () => [...voiceKeys.all, 'week'] as const,
  portal: () => [...voiceKeys.all, 'portal'] as const,
};

export const voiceQueries = {
  family: (familyId: string) =>
    queryOptions({ queryKey: voiceKeys.family(familyId), queryFn: () => getFamilyVoice(familyId) }),
  week: () => queryOptions({ queryKey: voiceKeys.week(), queryFn: getVoiceWeek }),
  portal: () => queryOptions({ queryKey: voiceKeys.portal(), queryFn: getPortalVoice }),
};
