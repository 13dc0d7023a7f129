// What a registration checks before it writes — the line and its year's quota use, the
// municipality and its zone, the zones the collaboration serves — in one prepared statement
// (ADR 041): these were five round trips. The rules themselves stay in the domain (R4 R5 R8 R13);
// this only reads their facts. A read model: it reads the funding and network modules' tables
// by name and never writes them.
import { sql } from 'drizzle-orm';
import type { MunicipalityDto } from '../../../contracts/network';
import type { Executor } from '../../platform/db/database';

export type RegistrationLine = {
  id: string;
  code: string;
  name: string;
  answerTargetWorkingDays: number;
  endsOn: string | null;
  isActive: boolean;
};

export type RegistrationContext = {
  line: RegistrationLine | null;
  /** R4: the line's expected trajectories in the year (its latest setting on or before it), or null. */
  targetTrajectories: number | null;
  /** Referrals started on the line in the year; only counted when there is a target to hold it to. */
  startedOnLine: number;
  municipality: MunicipalityDto | null;
  servedZones: string[];
};

type Row = {
  line: RegistrationLine | null;
  target: number | null;
  started: number | null;
  municipality: { nisCode: string; name: string; zoneCode: string; zoneName: string } | null;
  servedZones: string[];
};

export async function findRegistrationContext(
  db: Executor,
  input: { collaborationId: string; lineCode: string; municipalityNis: string; year: number },
): Promise<RegistrationContext> {
  const [row] = (await db
    .select({
      line: sql<Row['line']>`(select json_build_object('id', l.id, 'code', l.code, 'name', l.name,
        'answerTargetWorkingDays', l.answer_target_working_days, 'endsOn', l.ends_on, 'isActive', l.is_active))`,
      target: sql<number | null>`t.target`,
      // CASE evaluates its subquery only when the line has a target for the year.
      started: sql<number | null>`case when t.target is not null then (
        select count(*)::int from referrals r where r.collaboration_id = ${sql.placeholder('collaborationId')}
          and r.funding_line_id = l.id and r.status = 'started'
          and r.decided_on between make_date(${sql.placeholder('year')}::int, 1, 1)
          and make_date(${sql.placeholder('year')}::int, 12, 31)) end`,
      municipality: sql<Row['municipality']>`(
        select json_build_object('nisCode', mu.nis_code, 'name', mu.name, 'zoneCode', z.code, 'zoneName', z.name)
        from municipalities mu join primary_care_zones z on z.code = mu.primary_care_zone_code
        where mu.nis_code = ${sql.placeholder('municipalityNis')})`,
      servedZones: sql<string[]>`(
        select coalesce(json_agg(cz.zone_code), '[]') from collaboration_zones cz
        where cz.collaboration_id = ${sql.placeholder('collaborationId')})`,
    })
    // One row even when the line is unknown: the left joins keep the municipality and the zones.
    .from(sql`(select 1) as one
      left join funding_lines l on l.collaboration_id = ${sql.placeholder('collaborationId')}
        and l.code = ${sql.placeholder('lineCode')}
      left join lateral (select y.target_trajectories as target from funding_line_years y
        where y.funding_line_id = l.id and y.year <= ${sql.placeholder('year')}::int
        order by y.year desc limit 1) t on true`)
    .prepare('eenplan_registration_context')
    .execute(input)) as Row[];
  if (!row) throw new Error('the registration context query returns one row');
  const { municipality: m } = row;
  return {
    line: row.line?.id ? row.line : null,
    targetTrajectories: row.target,
    startedOnLine: row.started ?? 0,
    municipality: m
      ? { nisCode: m.nisCode, name: m.name, primaryCareZone: { code: m.zoneCode, name: m.zoneName } }
      : null,
    servedZones: row.servedZones,
  };
}
