import type { FigureSnapshotDto } from '../../../contracts/governance';
import type { FiguresResponse } from '../../../contracts/reports';
import { seesSuppressedFigures } from '../../../domain/roles';
import { suppressSmallCounts } from '../../../domain/statistics';
import type { Actor } from '../../platform/auth/actor';
import type { SnapshotRow } from './documents.repository';

/**
 * A snapshot keeps the team's exact figures; readers outside the team (steering members) get
 * every breakdown with small counts suppressed, as on the live figures page.
 */
export function figuresFor(actor: Actor, figures: FiguresResponse): FiguresResponse {
  if (!seesSuppressedFigures(actor.roles) || figures.suppressed) return figures;
  const suppressed = Object.fromEntries(
    Object.entries(figures).map(([key, value]) => {
      const isCounts =
        key !== 'zoneNames' &&
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((v) => typeof v === 'number' || v === null);
      return [
        key,
        isCounts && key !== 'timeToAnswerDays' ? suppressSmallCounts(value as Record<string, number>) : value,
      ];
    }),
  );
  return { ...(suppressed as FiguresResponse), suppressed: true };
}

export function toSnapshotDto(actor: Actor, s: SnapshotRow): FigureSnapshotDto {
  return {
    id: s.id,
    from: s.fromDate,
    to: s.toDate,
    fundingLine: s.fundingLine,
    frozenAt: s.frozenAt.toISOString(),
    frozenBy: s.frozenBy,
    incompleteCount: s.incompleteCount,
    note: s.note,
    figures: figuresFor(actor, s.figures),
  };
}
