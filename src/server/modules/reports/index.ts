export { getIntakeFigures } from './get-intake-figures';
export { reportsRoutes } from './reports.routes';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
