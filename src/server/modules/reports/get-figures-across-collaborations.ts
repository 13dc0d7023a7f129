import type { FiguresAcrossResponse, FiguresQuery } from '../../../contracts/reports';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { inCollaboration } from '../../platform/db/tenant-context';
import { listCollaborationsWithZones } from '../network';
import { getIntakeFigures } from './get-intake-figures';

/**
 * Issue 15 point 5: the same intake figures of each collaboration, side by side, for a platform
 * role (the agency). Each collaboration is counted inside it (the second wall), by a reader outside
 * every team: aggregates only, small counts suppressed with their complements (ADR 004).
 */
export async function getFiguresAcrossCollaborations(
  db: Db,
  actor: Actor,
  query: Pick<FiguresQuery, 'from' | 'to'>,
): Promise<FiguresAcrossResponse> {
  const collaborations = await listCollaborationsWithZones(db);
  const result: FiguresAcrossResponse = [];
  // One collaboration at a time: each count runs in its own tenant.
  for (const c of collaborations) {
    const reader: Actor = {
      ...actor,
      collaborationId: c.id,
      roles: ['platformAnalyst'],
      organisationId: null,
    };
    const figures = await inCollaboration(c.id, () =>
      getIntakeFigures(db, reader, { from: query.from, to: query.to }),
    );
    result.push({ collaboration: { id: c.id, name: c.name }, figures });
  }
  return result;
}
