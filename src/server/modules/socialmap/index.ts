// What the app may use of the social map (issue 14 point 1).
export { putOffersOnMap } from './put-offers';
export type { OfferValues } from './socialmap.repository';
export { socialMapRoutes } from './socialmap.routes';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
