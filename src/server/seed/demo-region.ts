// The product's own small demo region: a few real municipalities with their official NIS codes
// and primary-care zones (state of 2025), the same as in the shipped official table
// (network/reference-data), which first run loads in full; benchmarks and tests use this subset.
import type { MunicipalityRow } from '../modules/network';

const zone = (
  zoneCode: string,
  zoneName: string,
  referenceRegionCode: string,
  referenceRegionName: string,
) => ({
  zoneCode,
  zoneName,
  referenceRegionCode,
  referenceRegionName,
  regionName: 'Vlaams Gewest',
  provinceName: 'Oost-Vlaanderen',
});
const waaslandZw = zone('elz57', 'Waasland ZW', 'REFREG14', 'Waasland');
const waaslandNo = zone('elz29', 'Waasland NO', 'REFREG14', 'Waasland');
const dender = zone('elz9', 'Dender', 'REFREG11', 'Denderregio');
const aalst = zone('elz36', 'Regio Aalst', 'REFREG11', 'Denderregio');
const gent = zone('elz13', 'Gent', 'REFREG13', 'Regio Gent');

export const DEMO_MUNICIPALITIES: MunicipalityRow[] = [
  { nisCode: '46021', name: 'Sint-Niklaas', ...waaslandZw },
  { nisCode: '46025', name: 'Temse', ...waaslandZw },
  { nisCode: '46029', name: 'Lokeren', ...waaslandZw },
  { nisCode: '42023', name: 'Waasmunster', ...waaslandZw },
  { nisCode: '46020', name: 'Sint-Gillis-Waas', ...waaslandNo },
  { nisCode: '46024', name: 'Stekene', ...waaslandNo },
  { nisCode: '46030', name: 'Beveren-Kruibeke-Zwijndrecht', ...waaslandNo },
  { nisCode: '42003', name: 'Berlare', ...dender },
  { nisCode: '42004', name: 'Buggenhout', ...dender },
  { nisCode: '42006', name: 'Dendermonde', ...dender },
  { nisCode: '42008', name: 'Hamme', ...dender },
  { nisCode: '42011', name: 'Lebbeke', ...dender },
  { nisCode: '42028', name: 'Zele', ...dender },
  // Neighbours outside the demo collaboration, for "outside region" referrals.
  { nisCode: '41002', name: 'Aalst', ...aalst },
  { nisCode: '44021', name: 'Gent', ...gent },
];

export const DEMO_ZONES = ['elz57', 'elz29', 'elz9'];
