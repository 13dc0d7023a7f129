// R13: each zone's population under 25 and deprivation index for a year, imported as CSV
// (zone_code,population_under_25,deprivation_index), then the allocation of a budget over them.
import { parse } from 'csv-parse/sync';
import type { AllocationResponse } from '../../../contracts/funding';
import { allocateByZone, DEPRIVATION_WEIGHT } from '../../../domain/funding';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { getServedZones, zoneNamesOf } from '../network';
import { listZoneData, replaceZoneData } from './funding.repository';

function malformed(line: number, problem: string): AppError {
  return new AppError(422, 'ZONE_DATA_MALFORMED', { details: { line, problem }, params: { line, problem } });
}

const COLUMNS = ['zone_code', 'population_under_25', 'deprivation_index'] as const;
/** The largest population a zone's count may hold (PostgreSQL integer); Flanders has under 7 million. */
const MAX_POPULATION = 100_000_000;

// The import replaces the year's data, so a file that is not this table must change nothing:
// without the expected header or without any zone it is refused, never read as "no zones".
export async function importZoneData(db: Db, actor: Actor, year: number, csv: string) {
  let records: Record<string, string>[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => {
        const missing = COLUMNS.filter((c) => !header.map((h) => h.trim()).includes(c));
        if (missing.length > 0) throw malformed(1, `missing columns: ${missing.join(', ')}`);
        return header.map((h) => h.trim());
      },
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw malformed((error as { lines?: number }).lines ?? 1, (error as Error).message);
  }
  if (records.length === 0) throw malformed(2, 'no zones');
  const rows = records.map((r, i) => {
    const line = i + 2;
    const zoneCode = r.zone_code ?? '';
    const population = Number(r.population_under_25);
    const index = Number(String(r.deprivation_index ?? '').replace(',', '.'));
    if (!/^elz\d+$/.test(zoneCode)) throw malformed(line, `zone_code "${zoneCode}"`);
    if (!Number.isInteger(population) || population < 0 || population > MAX_POPULATION)
      throw malformed(line, 'population_under_25');
    if (!Number.isFinite(index) || index < 0 || index > 10) throw malformed(line, 'deprivation_index');
    return { zoneCode, populationUnder25: population, deprivationIndexMilli: Math.round(index * 1000) };
  });
  const names = await zoneNamesOf(
    db,
    rows.map((r) => r.zoneCode),
  );
  const unknown = rows.find((r) => !names[r.zoneCode]);
  if (unknown) throw malformed(rows.indexOf(unknown) + 2, `unknown zone ${unknown.zoneCode}`);
  await db.transaction((tx) => replaceZoneData(tx, actor.collaborationId, year, rows));
  return { imported: rows.length };
}

export async function getAllocation(
  db: Executor,
  actor: Actor,
  year: number,
  budgetCents: number,
): Promise<AllocationResponse> {
  const data = await listZoneData(db, actor.collaborationId, year);
  const names = await zoneNamesOf(
    db,
    data.map((d) => d.zoneCode),
  );
  const served = new Set((await getServedZones(db, actor.collaborationId)).map((z) => z.code));
  const allocation = allocateByZone(
    budgetCents,
    data.map((d) => ({
      zoneCode: d.zoneCode,
      populationUnder25: d.populationUnder25,
      deprivationIndex: d.deprivationIndexMilli / 1000,
    })),
  );
  const zones = data.map((d, i) => ({
    zoneCode: d.zoneCode,
    zoneName: names[d.zoneCode] ?? d.zoneCode,
    populationUnder25: d.populationUnder25,
    deprivationIndex: d.deprivationIndexMilli / 1000,
    amountCents: allocation[i]?.amountCents ?? 0,
    isServed: served.has(d.zoneCode),
  }));
  return {
    year,
    budgetCents,
    deprivationWeight: DEPRIVATION_WEIGHT,
    zones,
    collaborationBudgetCents: zones.filter((z) => z.isServed).reduce((sum, z) => sum + z.amountCents, 0),
  };
}
