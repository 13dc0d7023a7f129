// What a referral's view names beside its own row — line, municipality and zone, the family's
// members and file — read in one prepared statement (ADR 041): four round trips were a third of
// a referral read. A read model: it reads the funding, network and families modules' tables by
// name and never writes them.
import { sql } from 'drizzle-orm';
import type { MunicipalityDto } from '../../../contracts/network';
import type { Executor } from '../../platform/db/database';
import type { MemberView } from '../families';

export type ReferralViewParts = {
  lines: Map<string, { id: string; code: string; name: string; answerTargetWorkingDays: number }>;
  municipalities: Map<string, MunicipalityDto>;
  membersByFamily: Map<string, MemberView[]>;
  families: Map<
    string,
    { id: string; pseudonym: string | null; identifiedAt: Date | null; identifiedByName: string | null }
  >;
};

type Row = {
  lines: { id: string; code: string; name: string; answerTargetWorkingDays: number }[];
  municipalities: { nisCode: string; name: string; zoneCode: string; zoneName: string }[];
  members: (MemberView & { familyId: string })[];
  families: {
    id: string;
    pseudonym: string | null;
    identifiedAt: string | null;
    identifiedByName: string | null;
  }[];
};

export async function findReferralViewParts(
  db: Executor,
  collaborationId: string | null,
  want: { lineIds: string[]; municipalityNis: string[]; familyIds: string[] },
): Promise<ReferralViewParts> {
  const parts: ReferralViewParts = {
    lines: new Map(),
    municipalities: new Map(),
    membersByFamily: new Map(),
    families: new Map(),
  };
  if (collaborationId === null) return parts; // no referrals, nothing to name
  const [row] = (await db
    .select({
      lines: sql<Row['lines']>`(
        select coalesce(json_agg(json_build_object('id', l.id, 'code', l.code, 'name', l.name,
          'answerTargetWorkingDays', l.answer_target_working_days)), '[]')
        from funding_lines l where l.id = any(${sql.placeholder('lineIds')}::uuid[]))`,
      municipalities: sql<Row['municipalities']>`(
        select coalesce(json_agg(json_build_object('nisCode', mu.nis_code, 'name', mu.name,
          'zoneCode', z.code, 'zoneName', z.name)), '[]')
        from municipalities mu join primary_care_zones z on z.code = mu.primary_care_zone_code
        where mu.nis_code = any(${sql.placeholder('municipalityNis')}::text[]))`,
      members: sql<Row['members']>`(
        select coalesce(json_agg(json_build_object('id', m.id, 'familyId', m.family_id, 'role', m.role,
          'givenName', m.given_name, 'familyName', m.family_name, 'birthDate', m.birth_date,
          'dueDate', m.due_date, 'version', m.version) order by m.created_at, m.id), '[]')
        from family_members m where m.family_id = any(${sql.placeholder('familyIds')}::uuid[]))`,
      families: sql<Row['families']>`(
        select coalesce(json_agg(json_build_object('id', f.id, 'pseudonym', f.pseudonym,
          'identifiedAt', f.identified_at, 'identifiedByName', f.identified_by_name)), '[]')
        from families f where f.collaboration_id = ${sql.placeholder('collaborationId')}
          and f.id = any(${sql.placeholder('familyIds')}::uuid[]))`,
    })
    .from(sql`(select 1) as one`)
    .prepare('eenplan_referral_view_parts')
    .execute({
      collaborationId,
      lineIds: [...new Set(want.lineIds)],
      municipalityNis: [...new Set(want.municipalityNis)],
      familyIds: [...new Set(want.familyIds)],
    })) as Row[];
  if (!row) return parts;
  for (const l of row.lines) parts.lines.set(l.id, l);
  for (const m of row.municipalities)
    parts.municipalities.set(m.nisCode, {
      nisCode: m.nisCode,
      name: m.name,
      primaryCareZone: { code: m.zoneCode, name: m.zoneName },
    });
  for (const { familyId, ...member } of row.members) {
    const list = parts.membersByFamily.get(familyId);
    if (list) list.push(member);
    else parts.membersByFamily.set(familyId, [member]);
  }
  for (const f of row.families)
    parts.families.set(f.id, { ...f, identifiedAt: f.identifiedAt ? new Date(f.identifiedAt) : null });
  return parts;
}
