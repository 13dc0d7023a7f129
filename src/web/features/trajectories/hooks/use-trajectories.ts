import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api';
import {
  acceptExtension,
  closeTrajectory,
  getCaseload,
  getMyFamilies,
  getWaitingList,
  getWeek,
  listContacts,
  listTrajectories,
  planMeeting,
  recordCareWeek,
  recordContact,
  recordMeeting,
  requestExtension,
  startTrajectory,
  updateTrajectory,
} from '../api/trajectories-api';

const trajectoriesKey = (familyId: string) => ['trajectories', familyId] as const;
const contactsKey = (familyId: string) => ['contacts', familyId] as const;

export const useTrajectories = (familyId: string) =>
  useQuery({ queryKey: trajectoriesKey(familyId), queryFn: () => listTrajectories(familyId) });
export const useContacts = (familyId: string) =>
  useQuery({ queryKey: contactsKey(familyId), queryFn: () => listContacts(familyId) });
export const useWeek = (scope: 'mine' | 'all') =>
  useQuery({ queryKey: ['worklist', 'week', scope], queryFn: () => getWeek(scope) });
export const useMyFamilies = (scope: 'mine' | 'all') =>
  useQuery({ queryKey: ['worklist', 'families', scope], queryFn: () => getMyFamilies(scope) });
export const useWaitingList = () =>
  useQuery({ queryKey: ['worklist', 'waiting-list'], queryFn: getWaitingList });
export const useCaseload = () => useQuery({ queryKey: ['worklist', 'caseload'], queryFn: getCaseload });

/** Any change in a family's journey: its trajectories, contacts, view and the worklists follow. */
function useJourneyMutation<TInput, TOutput>(familyId: string, mutate: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: () => {
      for (const key of [trajectoriesKey(familyId), contactsKey(familyId), ['worklist'], ['plans', familyId]])
        void queryClient.invalidateQueries({ queryKey: key });
    },
    // Someone else saved first (ADR 020): show the trajectories as they are now.
    onError: (error) => {
      if (isApiError(error, 'RECORD_CHANGED'))
        void queryClient.invalidateQueries({ queryKey: trajectoriesKey(familyId) });
    },
  });
}

export const useStartTrajectory = (familyId: string) =>
  useJourneyMutation(familyId, (body: Parameters<typeof startTrajectory>[1]) =>
    startTrajectory(familyId, body),
  );
export const useUpdateTrajectory = (familyId: string, id: string) =>
  useJourneyMutation(familyId, (body: Parameters<typeof updateTrajectory>[1]) => updateTrajectory(id, body));
export const useRequestExtension = (familyId: string, id: string) =>
  useJourneyMutation(familyId, (body: Parameters<typeof requestExtension>[1]) => requestExtension(id, body));
export const useAcceptExtension = (familyId: string, id: string) =>
  useJourneyMutation(familyId, (baseVersion: number) => acceptExtension(id, { baseVersion }));
export const useCloseTrajectory = (familyId: string, id: string) =>
  useJourneyMutation(familyId, (body: Parameters<typeof closeTrajectory>[1]) => closeTrajectory(id, body));
export const usePlanMeeting = (familyId: string, id: string) =>
  useJourneyMutation(familyId, (body: Parameters<typeof planMeeting>[1]) => planMeeting(id, body));
export const useRecordMeeting = (familyId: string, id: string) =>
  useJourneyMutation(
    familyId,
    ({ meetingId, body }: { meetingId: string; body: Parameters<typeof recordMeeting>[2] }) =>
      recordMeeting(id, meetingId, body),
  );
export const useRecordContact = (familyId: string) =>
  useJourneyMutation(familyId, (body: Parameters<typeof recordContact>[1]) => recordContact(familyId, body));
export const useRecordCareWeek = (familyId: string, id: string) =>
  useJourneyMutation(
    familyId,
    ({ week, minutes, baseVersion }: { week: number; minutes: number; baseVersion: number }) =>
      recordCareWeek(id, week, { minutes, baseVersion }),
  );
