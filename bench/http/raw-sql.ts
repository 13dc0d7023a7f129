// The raw baseline's SQL: what a hand-written Fastify + pg route would send for the same answer.
export const RAW_SQL = {
  /** Opening a family file, at its least: the family row by primary key. */
  family: 'select * from families where id = $1',
  /** Registering a referral, at its least: a family and its referral in one statement. */
  registerReferral: `
    with f as (insert into families (collaboration_id, municipality_nis) values ($1, '46021') returning id)
    insert into referrals (collaboration_id, reference, received_on, funding_line_id, registrant_organisation_kind,
      registrant_organisation_name, family_id, municipality_nis, primary_care_zone_code, is_outside_region,
      request_for_help, consent_to_refer, created_by)
    select $1, 'RAW-' || gen_random_uuid(), current_date,
      (select id from funding_lines where collaboration_id = $1 and code = 'regular'), 'clb', 'CLB Bench', f.id,
      '46021', 'elz57', false, 'Het gezin vraagt ondersteuning.', true, $2
    from f returning id, reference`,
  /** The intake list's first page in its order, with the total. */
  intakeList: `
    select r.*, count(*) over () as total from referrals r where r.collaboration_id = $1
    order by case when r.status = 'received' then 0 else 1 end,
      case when r.status = 'received' then r.received_on end, r.received_on desc, r.reference
    limit 50`,
  /** A worker's week: the families assigned now, their open trajectories and last contact. */
  week: `
    select t.id, t.family_id, t.kind, t.started_on,
      (select max(c.occurred_on) from contacts c where c.family_id = t.family_id) as last_contact
    from family_assignments a join trajectories t on t.family_id = a.family_id and t.status = 'open'
    where a.user_id = $1 and a.to_on is null`,
  /** The waiting list: referrals waiting, oldest first. */
  waitingList: `
    select r.id, r.reference, r.received_on, r.family_id, r.funding_line_id from referrals r
    where r.collaboration_id = $1 and r.status = 'waitingList' order by r.received_on, r.reference`,
  /** The intake figures of a period, one aggregate statement with json. */
  figures: `
    with r as materialized (
      select * from referrals where collaboration_id = $1 and received_on between $2::date and $3::date
    )
    select json_build_object(
      'received', (select count(*) from r),
      'started', (select count(*) from r where status = 'started'),
      'notStarted', (select count(*) from r where status = 'notStarted'),
      'waiting', (select count(*) from r where status = 'waitingList'),
      'open', (select count(*) from r where status = 'received'),
      'overQuotaSignals', (select count(*) from r where over_quota),
      'receivedByMonth', (select json_object_agg(k, n) from
        (select to_char(received_on, 'YYYY-MM') k, count(*) n from r group by 1) x),
      'notStartedByReason', (select json_object_agg(k, n) from
        (select decision_reason_code k, count(*) n from r where status = 'notStarted'
          and decision_reason_code is not null group by 1) x),
      'byRegistrantKind', (select json_object_agg(k, n) from
        (select registrant_organisation_kind k, count(*) n from r group by 1) x),
      'byReferredThrough', (select json_object_agg(k, n) from
        (select referred_through_kind k, count(*) n from r where referred_through_kind is not null group by 1) x),
      'byPrimaryCareZone', (select json_object_agg(k, n) from
        (select primary_care_zone_code k, count(*) n from r where primary_care_zone_code is not null group by 1) x),
      'medianDays', (select percentile_cont(0.5) within group (order by decided_on - received_on) from r
        where decided_on is not null),
      'p90Days', (select percentile_cont(0.9) within group (order by decided_on - received_on) from r
        where decided_on is not null)
    ) as figures`,
};
