import { describe, expect, it } from 'vitest';
import { MunicipalityTableError, parseMunicipalityTable } from './municipality-table';

const HEADER = 'nis_code,gemeente,gewest,provincie_nis,provincie,elz_code,elz_naam,refreg_code,refreg_naam';
const ROW = '46021,Sint-Niklaas,Vlaams Gewest,40000,Oost-Vlaanderen,elz57,Waasland ZW,REFREG14,Waasland';

function problemOf(text: string) {
  try {
    parseMunicipalityTable(text);
  } catch (error) {
    if (error instanceof MunicipalityTableError) return { line: error.line, problem: error.problem };
    throw error;
  }
  return null;
}

describe('the official municipality table', () => {
  it('reads rows with their zone and reference region, also with a byte-order mark', () => {
    expect(parseMunicipalityTable(`\uFEFF${HEADER}\n${ROW}\n`)).toEqual([
      {
        nisCode: '46021',
        name: 'Sint-Niklaas',
        regionName: 'Vlaams Gewest',
        provinceName: 'Oost-Vlaanderen',
        zoneCode: 'elz57',
        zoneName: 'Waasland ZW',
        referenceRegionCode: 'REFREG14',
        referenceRegionName: 'Waasland',
      },
    ]);
  });

  it('names the line of what is wrong', () => {
    expect(problemOf('')).toMatchObject({ line: 1 });
    expect(problemOf('nis_code,gemeente\n1,2')).toMatchObject({
      line: 1,
      problem: expect.stringContaining('elz_code'),
    });
    expect(problemOf(`${HEADER}\n${ROW}\n${ROW}`)).toMatchObject({
      line: 3,
      problem: expect.stringContaining('twice'),
    });
    expect(problemOf(`${HEADER}\n${ROW.replace('46021', '4602')}`)).toMatchObject({ line: 2 });
    expect(problemOf(`${HEADER}\n${ROW.replace('elz57', 'zone 57')}`)).toMatchObject({ line: 2 });
    expect(problemOf(`${HEADER}\n46021,Sint-Niklaas`)).toMatchObject({ line: 2 });
  });

  // Issue 10: a header alone or a name with control characters is not the official table.
  it('refuses a header without municipalities and names that are not plain text', () => {
    expect(problemOf(`${HEADER}\n`)).toMatchObject({
      line: 2,
      problem: expect.stringContaining('no municipalities'),
    });
    expect(problemOf(`${HEADER}\n${ROW.replace('Sint-Niklaas', 'Sint-\u0001Niklaas')}`)).toMatchObject({
      line: 2,
    });
  });
});
