export { getIntakeFigures } from './get-intake-figures';
export { reportsRoutes } from './reports.routes';
