import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { afterSaveSlot } from '../../../lib/after-save';
import { isApiError } from '../../../lib/api';
import {
  acceptExtension,
  closeTrajectory,
  planMeeting,
  recordCareWeek,
  recordContact,
  recordMeeting,
  requestExtension,
  startTrajectory,
  updateTrajectory,
} from '../api/trajectories-api';
import { trajectoryKeys, trajectoryQueries } from '../api/trajectories-queries';

export const useTrajectories = (familyId: string) => useQuery(trajectoryQueries.family(familyId));
export const useContacts = (familyId: string) => useQuery(trajectoryQueries.contacts(familyId));
export const useWeek = (scope: 'mine' | 'all') => useQuery(trajectoryQueries.week(scope));
export const useMyFamilies = (scope: 'mine' | 'all') => useQuery(trajectoryQueries.families(scope));
export const useWaitingList = () => useQuery(trajectoryQueries.waitingList());
export const useCaseload = () => useQuery(trajectoryQueries.caseload());

/** A change in a family's journey shows in other features too (the family plan): the page says which. */
export const JourneySaved = afterSaveSlot<{ familyId: string }>();

/** Any change in a family's journey: its trajectories, contacts and the worklists follow. */
function useJourneyMutation<TInput, TOutput>(familyId: string, mutate: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  const afterSave = JourneySaved.useAfterSave();
  return useMutation({
    mutationFn: mutate,
    onSuccess: () => {
      for (const key of [
        trajectoryKeys.family(familyId),
        trajectoryKeys.contacts(familyId),
        trajectoryKeys.worklists(),
      ])
        void queryClient.invalidateQueries({ queryKey: key });
      void afterSave({ familyId });
    },
    // Someone else saved first (ADR 020): show the trajectories as they are now.
    onError: (error) => {
      if (isApiError(error, 'RECORD_CHANGED'))
        void queryClient.invalidateQueries({ queryKey: trajectoryKeys.family(familyId) });
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
