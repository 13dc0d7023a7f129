export {
  findFundingLineByCode,
  findFundingLinesByIds,
  listFundingLines,
  listPilots,
  spendingByQuarter,
} from './funding.repository';
export { fundingRoutes } from './funding.routes';
export { lineMoney } from './line-money';
export { lineYearSettings } from './line-year-settings';
export { PRESET_FUNDING_LINES, presetFundingLines } from './preset-funding-lines';
export { recordSpending } from './record-spending';
export { saveLineYear } from './save-line-year';
export { importZoneData } from './zone-data';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';
