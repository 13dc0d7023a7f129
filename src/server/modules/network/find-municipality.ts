import type { MunicipalityDto } from '../../../contracts/network';
import type { Executor } from '../../platform/db/database';
import { findMunicipalities, searchMunicipalities } from './network.repository';

type Row = Awaited<ReturnType<typeof findMunicipalities>>[number];

const toDto = (r: Row): MunicipalityDto => ({
  nisCode: r.nisCode,
  name: r.name,
  primaryCareZone: { code: r.zoneCode, name: r.zoneName },
});

export async function findMunicipality(db: Executor, nisCode: string): Promise<MunicipalityDto | null> {
  const [row] = await findMunicipalities(db, [nisCode]);
  return row ? toDto(row) : null;
}

export async function findMunicipalitiesByNis(
  db: Executor,
  nisCodes: string[],
): Promise<Map<string, MunicipalityDto>> {
  const rows = await findMunicipalities(db, [...new Set(nisCodes)]);
  return new Map(rows.map((r) => [r.nisCode, toDto(r)]));
}

export async function listMunicipalities(
  db: Executor,
  query: string | undefined,
): Promise<MunicipalityDto[]> {
  return (await searchMunicipalities(db, query, query ? 50 : 1000)).map(toDto);
}
