// What other modules and the app may use of the network module.
export { createCollaboration, createOrganisation } from './create-collaboration';
export { findMunicipalitiesByNis, findMunicipality } from './find-municipality';
export { importMunicipalities } from './import-municipalities';
export {
  loadReferenceMunicipalities,
  REFERENCE_MUNICIPALITY_TABLE,
} from './load-reference-municipalities';
export type { MunicipalityRow } from './municipality-table';
export {
  findCollaboration,
  findCollaborationBySlug,
  findOrganisation,
  findZoneOwners,
  listCollaborationIds,
  listCollaborationsWithZones,
  listOrganisations,
  listZonesWithOwners,
  upsertMunicipalityRows,
} from './network.repository';
export { networkRoutes } from './network.routes';
export { organisationsRoutes } from './organisations.routes';
export { getServedZones, zoneNamesOf } from './served-zones';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
