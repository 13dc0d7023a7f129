// The official municipality → primary-care-zone table (Provincies in Cijfers format). The
// table changes (municipalities merged on 1 January 2025), so it is imported, not built in.
import { parse } from 'csv-parse/sync';
import { hasNoControlCharacter } from '../../../contracts/common';

export const MUNICIPALITY_COLUMNS = [
  'nis_code',
  'gemeente',
  'gewest',
  'provincie_nis',
  'provincie',
  'elz_code',
  'elz_naam',
  'refreg_code',
  'refreg_naam',
] as const;

export type MunicipalityRow = {
  nisCode: string;
  name: string;
  regionName: string;
  provinceName: string;
  zoneCode: string;
  zoneName: string;
  referenceRegionCode: string | null;
  referenceRegionName: string | null;
};

export type TableProblem =
  | 'unreadable'
  | 'empty'
  | 'missingColumns'
  | 'columnCount'
  | 'nisCode'
  | 'duplicateNis'
  | 'zoneCode'
  | 'names';

/** A problem at a line: a code to translate for people, and the English text for logs and the CLI. */
export class MunicipalityTableError extends Error {
  constructor(
    readonly line: number,
    readonly code: TableProblem,
    readonly problem: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`line ${line}: ${problem}`);
  }
}

export function parseMunicipalityTable(text: string): MunicipalityRow[] {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new MunicipalityTableError(line, 'unreadable', (error as Error).message);
  }
  const [header, ...rows] = records;
  if (!header) throw new MunicipalityTableError(1, 'empty', 'the file is empty');
  const missing = MUNICIPALITY_COLUMNS.filter((c) => !header.includes(c)).join(', ');
  if (missing)
    throw new MunicipalityTableError(1, 'missingColumns', `missing columns: ${missing}`, {
      columns: missing,
    });
  // A header without municipalities is not the official table; refused rather than "0 imported".
  if (rows.length === 0) throw new MunicipalityTableError(2, 'empty', 'the file has no municipalities');
  const at = (row: string[], column: string) => (row[header.indexOf(column)] ?? '').trim();

  const seen = new Set<string>();
  return rows.map((row, index) => {
    const line = index + 2;
    const fail = (code: TableProblem, problem: string, params?: Record<string, string | number>) =>
      new MunicipalityTableError(line, code, problem, params);
    if (row.length !== header.length) {
      const params = { expected: header.length, found: row.length };
      throw fail('columnCount', `expected ${params.expected} columns, found ${params.found}`, params);
    }
    const nisCode = at(row, 'nis_code');
    if (!/^\d{5}$/.test(nisCode))
      throw fail('nisCode', `NIS code "${nisCode}" is not five digits`, { value: nisCode });
    if (seen.has(nisCode))
      throw fail('duplicateNis', `NIS code ${nisCode} appears twice`, { value: nisCode });
    seen.add(nisCode);
    const zoneCode = at(row, 'elz_code');
    if (!/^elz\d+$/.test(zoneCode))
      throw fail('zoneCode', `zone code "${zoneCode}" is not like elz57`, { value: zoneCode });
    const name = at(row, 'gemeente');
    const zoneName = at(row, 'elz_naam');
    if (!name || !zoneName || !row.every(hasNoControlCharacter))
      throw fail('names', 'municipality and zone need a name in plain text');
    return {
      nisCode,
      name,
      regionName: at(row, 'gewest'),
      provinceName: at(row, 'provincie'),
      zoneCode,
      zoneName,
      referenceRegionCode: at(row, 'refreg_code') || null,
      referenceRegionName: at(row, 'refreg_naam') || null,
    };
  });
}
