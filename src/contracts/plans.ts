import { z } from 'zod';
import { EVALUATION_SCALE, EVALUATORS, GOAL_STATUSES, OWNER_KINDS } from '../domain/family-plan';
import { INT4_MAX, isoDate } from './common';
import { optionalText, requiredText } from './families';

// Item ids are chosen by the client (or filled in by the server) and stay the same from version
// to version: that is what comparing and merging versions works on.
const itemId = requiredText(64);

export const planGoalInput = z.object({
  id: itemId.optional(),
  familyWords: requiredText(2000),
  professionalWording: optionalText(2000),
  status: z.enum(GOAL_STATUSES).default('open'),
  helpPlanId: itemId.optional().nullable(),
});
export const planNoteInput = z.object({ id: itemId.optional(), text: requiredText(2000) });
export const planActionInput = z.object({
  id: itemId.optional(),
  description: requiredText(2000),
  goalId: itemId.optional().nullable(),
  owner: z.object({ kind: z.enum(OWNER_KINDS), name: requiredText(200) }),
  dueOn: isoDate.optional().nullable(),
  doneOn: isoDate.optional().nullable(),
  helpPlanId: itemId.optional().nullable(),
});
export const planEvaluationInput = z.object({
  id: itemId.optional(),
  goalId: itemId,
  on: isoDate,
  by: z.enum(EVALUATORS),
  scale: z.number().int().min(EVALUATION_SCALE.min).max(EVALUATION_SCALE.max),
  note: optionalText(2000),
});
export const helpPlanInput = z.object({
  id: itemId.optional(),
  organisation: requiredText(200),
  title: requiredText(200),
});

export const planContentInput = z.object({
  goals: z.array(planGoalInput).max(50),
  strengths: z.array(planNoteInput).max(50),
  worries: z.array(planNoteInput).max(50),
  actions: z.array(planActionInput).max(200),
  evaluations: z.array(planEvaluationInput).max(500),
  helpPlans: z.array(helpPlanInput).max(20),
});
export type PlanContentInput = z.input<typeof planContentInput>;

export const savePlanBody = z.object({
  /** The version the edit started from; 0 for a family without a plan yet. */
  baseVersion: z.number().int().min(0).max(INT4_MAX),
  content: planContentInput,
  changeNote: optionalText(500),
});
export type SavePlanBody = z.infer<typeof savePlanBody>;

const withId = <T extends z.ZodRawShape>(shape: z.ZodObject<T>) => shape.extend({ id: z.string() });
export const planContentDto = z.object({
  goals: z.array(
    withId(planGoalInput).extend({
      professionalWording: z.string().nullable(),
      helpPlanId: z.string().nullable(),
      status: z.enum(GOAL_STATUSES),
    }),
  ),
  strengths: z.array(withId(planNoteInput)),
  worries: z.array(withId(planNoteInput)),
  actions: z.array(
    withId(planActionInput).extend({
      goalId: z.string().nullable(),
      dueOn: isoDate.nullable(),
      doneOn: isoDate.nullable(),
      helpPlanId: z.string().nullable(),
    }),
  ),
  evaluations: z.array(withId(planEvaluationInput).extend({ note: z.string().nullable() })),
  helpPlans: z.array(withId(helpPlanInput)),
});
export type PlanContentDto = z.infer<typeof planContentDto>;

// The family's agreement to a version (R16, R17): who, when and how.
export const AGREEMENT_METHODS = ['inConversation', 'signedOnPaper', 'byPhone', 'byMessage'] as const;
export type AgreementMethod = (typeof AGREEMENT_METHODS)[number];
export const agreementBody = z.object({
  agreedOn: isoDate,
  agreedBy: z.array(requiredText(200)).min(1).max(10),
  method: z.enum(AGREEMENT_METHODS),
  note: optionalText(1000),
});
export type AgreementBody = z.infer<typeof agreementBody>;
export const agreementDto = z.object({
  agreedOn: isoDate,
  agreedBy: z.array(z.string()),
  method: z.enum(AGREEMENT_METHODS),
  note: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type AgreementDto = z.infer<typeof agreementDto>;

export const planVersionDto = z.object({
  version: z.number().int(),
  content: planContentDto,
  savedAt: z.string(),
  savedBy: z.string(),
  changeNote: z.string().nullable(),
  agreement: agreementDto.nullable(),
  /** R17: set on the version that folded in the plan of a second file of the family. */
  mergedFrom: z.object({ familyId: z.uuid(), version: z.number().int() }).nullable(),
});
export type PlanVersionDto = z.infer<typeof planVersionDto>;

export const planVersionSummaryDto = planVersionDto.omit({ content: true });
export const planDto = z.object({
  familyId: z.uuid(),
  current: planVersionDto.nullable(),
  versions: z.array(planVersionSummaryDto),
  /** R17: the plans of files merged into this one, their versions kept as they were. */
  mergedPlans: z.array(z.object({ familyId: z.uuid(), versions: z.array(planVersionSummaryDto) })),
});
export type PlanDto = z.infer<typeof planDto>;

/** The `details` of 409 PLAN_VERSION_CONFLICT: the version saved meanwhile, to merge with. */
export const planConflictDetails = z.object({ currentVersion: z.number().int(), current: planVersionDto });
export type PlanConflictDetails = z.infer<typeof planConflictDetails>;

export const planVersionParams = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().min(1).max(INT4_MAX),
});
/** Reading a version of a plan folded into this one (R17): the merged file it belonged to. */
export const planVersionQuery = z.object({ mergedFamilyId: z.uuid().optional() });
export const compareQuery = z.object({
  from: z.coerce.number().int().min(1).max(INT4_MAX),
  to: z.coerce.number().int().min(1).max(INT4_MAX),
});

const fieldValue = z.union([z.string(), z.number(), z.null()]);
/** Which field of an item changed (`owner.kind`, `dueOn`, `text`…), its value before and after. */
const fieldChange = z.object({ field: z.string(), before: fieldValue, after: fieldValue });
const sectionChanges = <T extends z.ZodType>(item: T) =>
  z.object({
    added: z.array(item),
    removed: z.array(item),
    changed: z.array(z.object({ before: item, after: item, fields: z.array(fieldChange) })),
  });
const shape = planContentDto.shape;
export const planComparisonDto = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.object({
    goals: sectionChanges(shape.goals.element),
    strengths: sectionChanges(shape.strengths.element),
    worries: sectionChanges(shape.worries.element),
    actions: sectionChanges(shape.actions.element),
    evaluations: sectionChanges(shape.evaluations.element),
    helpPlans: sectionChanges(shape.helpPlans.element),
  }),
});
export type PlanComparisonDto = z.infer<typeof planComparisonDto>;
