import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerCorrectionBody,
  CorrectionBody,
  EditWordsBody,
  MessageBody,
  PlanResponseBody,
  WordsBody,
} from '../../../../contracts/voice';
import { afterSaveSlot } from '../../../lib/after-save';
import {
  addOurWords,
  answerCorrection,
  askCorrection,
  editOurWords,
  markVoiceSeen,
  replyToFamily,
  respondToPlan,
  sendFamilyMessage,
  withdrawOurWords,
} from '../api/voice-api';
import { voiceKeys, voiceQueries } from '../api/voice-queries';

export const useFamilyVoice = (familyId: string) => useQuery(voiceQueries.family(familyId));
export const useVoiceWeek = () => useQuery(voiceQueries.week());
export const usePortalVoice = () => useQuery(voiceQueries.portal());

/** An accepted correction saves a new plan version: the page says what else refreshes. */
export const CorrectionAnswered = afterSaveSlot<{ familyId: string }>();

function useWorkerMutation<TInput, TOutput>(familyId: string, mutate: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: voiceKeys.family(familyId) });
      await queryClient.invalidateQueries({ queryKey: voiceKeys.week() });
    },
  });
}

export const useMarkVoiceSeen = (familyId: string) =>
  useWorkerMutation(familyId, () => markVoiceSeen(familyId));
export const useReplyToFamily = (familyId: string) =>
  useWorkerMutation(familyId, (body: MessageBody) => replyToFamily(familyId, body));
export function useAnswerCorrection(familyId: string) {
  const queryClient = useQueryClient();
  const afterSave = CorrectionAnswered.useAfterSave();
  return useMutation({
    mutationFn: ({ correctionId, body }: { correctionId: string; body: AnswerCorrectionBody }) =>
      answerCorrection(familyId, correctionId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: voiceKeys.family(familyId) });
      await queryClient.invalidateQueries({ queryKey: voiceKeys.week() });
      void afterSave({ familyId });
    },
  });
}

function usePortalMutation<TInput, TOutput>(mutate: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: voiceKeys.portal() }),
  });
}

export const useAddOurWords = () => usePortalMutation((body: WordsBody) => addOurWords(body));
export const useEditOurWords = () =>
  usePortalMutation(({ entryId, body }: { entryId: string; body: EditWordsBody }) =>
    editOurWords(entryId, body),
  );
export const useWithdrawOurWords = () => usePortalMutation((entryId: string) => withdrawOurWords(entryId));
export const useRespondToPlan = () => usePortalMutation((body: PlanResponseBody) => respondToPlan(body));
export const useAskCorrection = () => usePortalMutation((body: CorrectionBody) => askCorrection(body));
export const useSendFamilyMessage = () => usePortalMutation((body: MessageBody) => sendFamilyMessage(body));
