export { findFundingLineByCode, findFundingLinesByIds, listFundingLines } from './funding.repository';
export { fundingRoutes } from './funding.routes';
export { PRESET_FUNDING_LINES, presetFundingLines } from './preset-funding-lines';
