import type { BodyDto, BodyMemberDto, BodySummaryDto } from '../../../../contracts/governance/bodies';
import { BODY_MEMBER_ROLES, isMembershipCurrent } from '../../../../domain/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { BodyRow, MemberRow } from './bodies.repository';

export function toMemberDto(m: MemberRow, today: string): BodyMemberDto {
  return {
    id: m.id,
    userId: m.userId,
    name: m.name,
    organisation: m.organisationName ? { id: m.organisationId, name: m.organisationName } : null,
    role: m.role,
    from: m.fromDate,
    to: m.toDate,
    deputy: m.deputyName ? { name: m.deputyName, userId: m.deputyUserId } : null,
    isCurrent: isMembershipCurrent({ from: m.fromDate, to: m.toDate }, today),
  };
}

export function currentMembers(members: readonly MemberRow[], day: string): MemberRow[] {
  return members.filter((m) => isMembershipCurrent({ from: m.fromDate, to: m.toDate }, day));
}

export function isMemberRow(m: MemberRow, actor: Actor): boolean {
  return m.userId === actor.userId || m.deputyUserId === actor.userId;
}

export function toBodySummary(
  body: BodyRow,
  members: readonly MemberRow[],
  context: { actor: Actor; today: string; nextMeeting: { id: string; date: string } | null },
): BodySummaryDto {
  const current = currentMembers(members, context.today);
  // A working group names its lead ("trekker"); other bodies their chair.
  const lead = current.find((m) => m.role === 'lead') ?? current.find((m) => m.role === 'chair');
  return {
    id: body.id,
    kind: body.kind,
    name: body.name,
    abbreviation: body.abbreviation,
    description: body.description,
    isActive: body.isActive,
    memberCount: current.length,
    lead: lead ? { name: lead.name, role: lead.role } : null,
    nextMeeting: context.nextMeeting,
    isMember: current.some((m) => isMemberRow(m, context.actor)),
  };
}

export function toBodyDto(
  body: BodyRow,
  members: readonly MemberRow[],
  context: { actor: Actor; today: string; nextMeeting: { id: string; date: string } | null },
): BodyDto {
  // Current members first; the chair and leads on top, as a list of members is usually read.
  const order = (m: MemberRow) =>
    (isMembershipCurrent({ from: m.fromDate, to: m.toDate }, context.today) ? 0 : 10) +
    BODY_MEMBER_ROLES.indexOf(m.role);
  return {
    ...toBodySummary(body, members, context),
    members: [...members]
      .sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name, 'nl'))
      .map((m) => toMemberDto(m, context.today)),
  };
}
