// What other modules and the app may use of the network module.
export { createCollaboration, createOrganisation } from './create-collaboration';
export { findMunicipalitiesByNis, findMunicipality } from './find-municipality';
export { importMunicipalities } from './import-municipalities';
export { upsertMunicipalityRows } from './network.repository';
export { findOrganisation } from './network.repository';
export type { MunicipalityRow } from './municipality-table';
export { networkRoutes } from './network.routes';
export { getServedZones } from './served-zones';
