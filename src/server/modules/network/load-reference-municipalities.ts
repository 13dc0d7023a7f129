import { readFile } from 'node:fs/promises';
import { fromAppRoot } from '../../platform/app-root';
import type { Db } from '../../platform/db/database';
import { importMunicipalities } from './import-municipalities';

/** The official table shipped with eenplan (source and date in reference-data/README.md). */
export const REFERENCE_MUNICIPALITY_TABLE = fromAppRoot(
  'src/server/modules/network/reference-data/municipalities-2025.csv',
);

/**
 * Loads the shipped table, so an installation knows every municipality and its zone from its
 * first start (a referral needs the family's municipality). Idempotent, like every import; a
 * newer official table is imported over it by an administrator.
 */
export async function loadReferenceMunicipalities(db: Db): Promise<{ imported: number }> {
  return importMunicipalities(db, await readFile(REFERENCE_MUNICIPALITY_TABLE, 'utf8'));
}
