// R5 family care as the API shows it: the first contact against its 5 days, every care week
// with what the project pays of it (8 hours a week, 12 weeks), totals and the 12-week mark —
// computed on read from the recorded minutes, so a correction or a new day changes the answer.
import type { FamilyCareDto } from '../../../contracts/trajectories';
import {
  careTotals,
  careWeekEndsOn,
  careWeekOn,
  careWeekStartsOn,
  FAMILY_CARE_PROJECT_WEEKS,
  FAMILY_CARE_WEEKLY_PROJECT_MINUTES,
  firstContactStatus,
  isProjectWeek,
  splitCareWeek,
} from '../../../domain/family-care';
import type { CareWeekRow, TrajectoryRow } from './trajectories.repository';

export function toFamilyCareDto(row: TrajectoryRow, weeks: CareWeekRow[], today: string): FamilyCareDto {
  const on = row.closedOn ?? today;
  const referredOn = row.familyCareReferredOn ?? row.startedOn;
  const currentWeek = careWeekOn(row.startedOn, on);
  const recorded = new Map(weeks.map((w) => [w.week, w]));
  const lastWeek = Math.max(currentWeek, ...weeks.map((w) => w.week));
  const shown = Array.from({ length: lastWeek }, (_, i) => i + 1).map((week) => {
    const entry = recorded.get(week);
    const split = splitCareWeek(week, entry?.minutes ?? 0);
    return {
      week,
      startsOn: careWeekStartsOn(row.startedOn, week),
      endsOn: careWeekEndsOn(row.startedOn, week),
      minutes: entry ? entry.minutes : null,
      projectMinutes: split.projectMinutes,
      otherMinutes: split.otherMinutes,
      isProjectWeek: isProjectWeek(week),
      recordedBy: entry?.recordedByName ?? null,
      version: entry?.version ?? 0,
    };
  });
  return {
    provider: row.familyCareProvider ?? '',
    referredOn,
    firstContactOn: row.familyCareFirstContactOn,
    isReferrerPresent: row.familyCareReferrerPresent,
    firstContact: firstContactStatus({ referredOn, firstContactOn: row.familyCareFirstContactOn, today: on }),
    weeks: shown,
    totals: careTotals(weeks),
    currentWeek,
    projectWeeks: FAMILY_CARE_PROJECT_WEEKS,
    projectWeeksUsed: Math.min(currentWeek, FAMILY_CARE_PROJECT_WEEKS),
    weeklyProjectMinutes: FAMILY_CARE_WEEKLY_PROJECT_MINUTES,
    isPastProjectWeeks: currentWeek > FAMILY_CARE_PROJECT_WEEKS,
  };
}
