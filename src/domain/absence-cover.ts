// R12: plan over-staffing to cover absence (an extra module on 1 January) so that little residual
// money is left at year end. While a seconded worker is absent, the home organisation's cost is
// partly borne elsewhere (health insurance, parental leave), so the line's money is not spent; the
// extra module spends it on work that replaces the absent. The team page weighs, for one calendar
// year, the absence registered (past and planned) against the cover planned, both in FTE × working
// days so that a half-time worker absent a month weighs half of a full-time one.
// FTE is in hundredths (50 = half-time); every sum is an integer.
import { addDays, type IsoDate } from './dates';
import { workingDaysBetween } from './working-days';

export type CoverWorker = {
  id: string;
  fteTeam: number;
  secondmentStart: IsoDate;
  secondmentEnd: IsoDate | null;
  /** The worker is the extra module that covers absence (R12). */
  coversAbsence: boolean;
};
export type CoverAbsence = { workerId: string; startsOn: IsoDate; endsOn: IsoDate };

export type AbsenceCover = {
  year: number;
  /** Working days in the year (weekdays that are not Belgian public holidays). */
  workingDays: number;
  /** Hundredths of FTE × working days absent in the year. */
  absentFteDays: number;
  /** Hundredths of FTE × working days of the covering workers' secondment in the year. */
  coverFteDays: number;
  /** Yearly averages in hundredths of FTE (rounded): what a reader compares. */
  absentFte: number;
  coverFte: number;
  /** Absence the cover does not absorb: likely residual money at year end. */
  uncoveredFteDays: number;
  /**
   * none: no absence and no cover; covered: the cover absorbs the absence;
   * uncovered: more absence than cover, so money will likely be left at year end.
   */
  status: 'none' | 'covered' | 'uncovered';
};

type Span = { from: IsoDate; to: IsoDate };

/** Working days from `from` to `to`, both included. */
const workingDaysIn = (span: Span) =>
  span.to < span.from ? 0 : workingDaysBetween(addDays(span.from, -1), span.to);

function clip(span: Span, within: Span): Span | null {
  const from = span.from > within.from ? span.from : within.from;
  const to = span.to < within.to ? span.to : within.to;
  return from <= to ? { from, to } : null;
}

/** One worker's absences as disjoint spans: two overlapping registrations count once. */
function merged(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.from.localeCompare(b.from));
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span.from <= addDays(last.to, 1)) {
      if (span.to > last.to) last.to = span.to;
    } else out.push({ ...span });
  }
  return out;
}

export function absenceCover(workers: CoverWorker[], absences: CoverAbsence[], year: number): AbsenceCover {
  const yearSpan = { from: `${year}-01-01`, to: `${year}-12-31` };
  const workingDays = workingDaysIn(yearSpan);
  let absentFteDays = 0;
  let coverFteDays = 0;
  for (const worker of workers) {
    // Only time the worker is seconded to the team counts, inside the year.
    const seconded = clip(
      { from: worker.secondmentStart, to: worker.secondmentEnd ?? yearSpan.to },
      yearSpan,
    );
    if (!seconded) continue;
    if (worker.coversAbsence) coverFteDays += worker.fteTeam * workingDaysIn(seconded);
    const own = absences
      .filter((a) => a.workerId === worker.id)
      .map((a) => clip({ from: a.startsOn, to: a.endsOn }, seconded))
      .filter((span): span is Span => span !== null);
    for (const span of merged(own)) absentFteDays += worker.fteTeam * workingDaysIn(span);
  }
  const uncoveredFteDays = Math.max(0, absentFteDays - coverFteDays);
  return {
    year,
    workingDays,
    absentFteDays,
    coverFteDays,
    absentFte: Math.round(absentFteDays / workingDays),
    coverFte: Math.round(coverFteDays / workingDays),
    uncoveredFteDays,
    status:
      absentFteDays === 0 && coverFteDays === 0 ? 'none' : uncoveredFteDays > 0 ? 'uncovered' : 'covered',
  };
}
