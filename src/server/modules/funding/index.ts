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
