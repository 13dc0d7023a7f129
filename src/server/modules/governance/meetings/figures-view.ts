import type { FigureSnapshotDto } from '../../../../contracts/governance/meetings';
import type { FiguresResponse } from '../../../../contracts/reports';
import type { IntakeFigures } from '../../../../domain/intake-figures';
import { seesSuppressedFigures } from '../../../../domain/roles';
import { suppressIntakeFigures } from '../../../../domain/suppress-intake-figures';
import type { Actor } from '../../../platform/auth/actor';
import type { SnapshotRow } from './documents.repository';

type ExactFigures = FiguresResponse & IntakeFigures;

/**
 * A snapshot keeps the team's exact figures; readers outside the team (steering members) get
 * them suppressed exactly as the live figures (small counts and their complements).
 */
export function figuresFor(actor: Actor, figures: FiguresResponse): FiguresResponse {
  if (!seesSuppressedFigures(actor.roles) || figures.suppressed) return figures;
  // Frozen by the team, so every count is there (null only where a reader was outside it).
  return { ...suppressIntakeFigures(figures as ExactFigures), suppressed: true };
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
