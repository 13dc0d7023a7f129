import type { ZoneDto } from '../../../contracts/network';
import type { Db, Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { findZoneOwners, findZones, listServedZones, replaceServedZones } from './network.repository';

export function getServedZones(db: Executor, collaborationId: string): Promise<ZoneDto[]> {
  return listServedZones(db, collaborationId);
}

/** R13: a collaboration serves whole primary-care zones; the set is replaced as a whole. */
export async function setServedZones(db: Db, collaborationId: string, codes: string[]): Promise<ZoneDto[]> {
  const unique = await checkZonesFree(db, collaborationId, codes);
  return db.transaction(async (tx) => {
    await claimZones(tx, collaborationId, unique);
    return listServedZones(tx, collaborationId);
  });
}

/**
 * The zones as a set, once each is known and served by no other collaboration of the installation
 * (issue 15): 422 ZONE_UNKNOWN, or 409 ZONE_TAKEN naming the collaboration that serves it.
 * `collaborationId` is null for a collaboration still being made.
 */
export async function checkZonesFree(db: Executor, collaborationId: string | null, codes: string[]) {
  const unique = [...new Set(codes)];
  const known = new Set((await findZones(db, unique)).map((z) => z.code));
  const unknown = unique.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new AppError(422, 'ZONE_UNKNOWN', {
      details: [{ field: 'zones', code: 'ZONE_UNKNOWN', message: '' }],
      params: { zones: unknown.join(', ') },
    });
  }
  const taken = (await findZoneOwners(db, unique)).filter((o) => o.collaborationId !== collaborationId);
  if (taken.length > 0) throw zoneTaken(taken);
  return unique;
}

function zoneTaken(taken: { zoneCode: string; collaborationName: string }[]) {
  return new AppError(409, 'ZONE_TAKEN', {
    details: [{ field: 'zones', code: 'ZONE_TAKEN', message: '' }],
    params: {
      zones: taken.map((t) => t.zoneCode).join(', '),
      collaboration: [...new Set(taken.map((t) => t.collaborationName))].join(', '),
    },
  });
}

/**
 * Replaces the zones a collaboration serves. Two people claiming one zone at the same moment both
 * pass the check; the unique index lets one win and the other hears ZONE_TAKEN, never a 500.
 */
export async function claimZones(tx: Executor, collaborationId: string, codes: string[]) {
  try {
    await tx.transaction((inner) => replaceServedZones(inner, collaborationId, codes));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The savepoint rolled back; the transaction can still say who was first.
    throw zoneTaken((await findZoneOwners(tx, codes)).filter((o) => o.collaborationId !== collaborationId));
  }
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

export async function zoneNamesOf(db: Executor, codes: string[]): Promise<Record<string, string>> {
  return Object.fromEntries((await findZones(db, codes)).map((z) => [z.code, z.name]));
}
