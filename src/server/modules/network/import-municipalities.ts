import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { MunicipalityTableError, parseMunicipalityTable } from './municipality-table';
import { upsertMunicipalityRows } from './network.repository';

/**
 * Loads the official table. Idempotent: importing the same file twice changes nothing, and a
 * malformed file changes nothing either (one transaction, validated before the first write).
 */
export async function importMunicipalities(db: Db, csv: string): Promise<{ imported: number }> {
  let rows: ReturnType<typeof parseMunicipalityTable>;
  try {
    rows = parseMunicipalityTable(csv);
  } catch (error) {
    if (!(error instanceof MunicipalityTableError)) throw error;
    throw new AppError(422, 'MUNICIPALITY_TABLE_MALFORMED', {
      details: { line: error.line, problem: error.code, ...error.params },
      params: { line: error.line, problem: { key: `municipalityTable.${error.code}`, params: error.params } },
    });
  }
  await db.transaction((tx) => upsertMunicipalityRows(tx, rows));
  return { imported: rows.length };
}
