import { z } from 'zod';
import { isoDate } from './common';

export const fundingLineDto = z.object({
  code: z.string(),
  name: z.string(),
  answerTargetWorkingDays: z.number().int(),
  endsOn: isoDate.nullable(),
  isActive: z.boolean(),
});
export type FundingLineDto = z.infer<typeof fundingLineDto>;
