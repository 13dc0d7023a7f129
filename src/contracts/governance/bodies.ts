// Governance bodies (R15): the steering group, employers' council, working groups and their
// members, and the people who can be made members.
import { z } from 'zod';
import { BODY_KINDS, BODY_MEMBER_ROLES } from '../../domain/meetings';
import { isoDate, optionalText, requiredText } from '../common';
import { meetingRef, ref } from './shared';

export { BODY_KINDS, BODY_MEMBER_ROLES };

const text = requiredText;

export const memberParams = z.object({ id: z.uuid(), memberId: z.uuid() });

export const personDto = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  organisation: ref.nullable(),
});
export type PersonDto = z.infer<typeof personDto>;

export const bodyInput = z.object({
  kind: z.enum(BODY_KINDS),
  name: text(200),
  /** How the minutes name it in "Reactie SG:". */
  abbreviation: optionalText(20),
  description: optionalText(2000),
  isActive: z.boolean().optional(),
});
export type BodyInput = z.infer<typeof bodyInput>;

export const bodyMemberInput = z.object({
  /** The member's eenplan account, so that they see this body when they log in. */
  userId: z.uuid().optional().nullable(),
  name: text(200),
  organisationId: z.uuid().optional().nullable(),
  /** An organisation outside the collaboration's list (e.g. the funding agency). */
  organisationName: optionalText(200),
  role: z.enum(BODY_MEMBER_ROLES),
  from: isoDate,
  to: isoDate.optional().nullable(),
  deputyName: optionalText(200),
  deputyUserId: z.uuid().optional().nullable(),
});
export type BodyMemberInput = z.infer<typeof bodyMemberInput>;

export const bodyMemberDto = z.object({
  id: z.uuid(),
  userId: z.uuid().nullable(),
  name: z.string(),
  organisation: z.object({ id: z.uuid().nullable(), name: z.string() }).nullable(),
  role: z.enum(BODY_MEMBER_ROLES),
  from: isoDate,
  to: isoDate.nullable(),
  deputy: z.object({ name: z.string(), userId: z.uuid().nullable() }).nullable(),
  isCurrent: z.boolean(),
});
export type BodyMemberDto = z.infer<typeof bodyMemberDto>;

export const bodySummaryDto = z.object({
  id: z.uuid(),
  kind: z.enum(BODY_KINDS),
  name: z.string(),
  abbreviation: z.string().nullable(),
  description: z.string().nullable(),
  isActive: z.boolean(),
  memberCount: z.number().int(),
  /** The working group's lead ("trekker"), the chair otherwise. */
  lead: z.object({ name: z.string(), role: z.enum(BODY_MEMBER_ROLES) }).nullable(),
  nextMeeting: meetingRef.nullable(),
  isMember: z.boolean(),
});
export type BodySummaryDto = z.infer<typeof bodySummaryDto>;

export const bodyDto = bodySummaryDto.extend({ members: z.array(bodyMemberDto) });
export type BodyDto = z.infer<typeof bodyDto>;
