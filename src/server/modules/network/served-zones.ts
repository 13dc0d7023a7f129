import type { ZoneDto } from '../../../contracts/network';
import type { Db, Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { findZones, listServedZones, replaceServedZones } from './network.repository';

export function getServedZones(db: Executor, collaborationId: string): Promise<ZoneDto[]> {
  return listServedZones(db, collaborationId);
}

/** R13: a collaboration serves whole primary-care zones; the set is replaced as a whole. */
export async function setServedZones(db: Db, collaborationId: string, codes: string[]): Promise<ZoneDto[]> {
  const unique = [...new Set(codes)];
  const known = new Set((await findZones(db, unique)).map((z) => z.code));
  const unknown = unique.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new AppError(422, 'ZONE_UNKNOWN', {
      details: [{ field: 'zones', code: 'ZONE_UNKNOWN', message: '' }],
      params: { zones: unknown.join(', ') },
    });
  }
  return db.transaction(async (tx) => {
    await replaceServedZones(tx, collaborationId, unique);
    return listServedZones(tx, collaborationId);
  });
}

export async function zoneNamesOf(db: Executor, codes: string[]): Promise<Record<string, string>> {
  return Object.fromEntries((await findZones(db, codes)).map((z) => [z.code, z.name]));
}
