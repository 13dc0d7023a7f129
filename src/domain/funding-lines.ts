// The preset funding lines every collaboration starts with (sources 000, 001). A collaboration may
// add lines of its own, so a line's code in the database stays free text; these are the codes the
// rules name (R4 R5 R6 R8 R9 R23). Write a preset line's code through these constants, never bare.
export const REGULAR_LINE = 'regular';
export const CRISIS_FOLLOW_UP_LINE = 'crisisFollowUp'; // R4
export const FAMILY_CARE_LINE = 'familyCare'; // R5
export const ADD_ON_LINE = 'addOn'; // R6
export const VOLUNTEERS_LINE = 'volunteers'; // R8
export const NAFT_LINE = 'naft'; // R9
export const FAMILY_COACHING_LINE = 'familyCoaching'; // R23

const FUNDING_LINE_CODES = [
  REGULAR_LINE,
  CRISIS_FOLLOW_UP_LINE,
  FAMILY_CARE_LINE,
  ADD_ON_LINE,
  VOLUNTEERS_LINE,
  NAFT_LINE,
  FAMILY_COACHING_LINE,
] as const;
export type PresetFundingLineCode = (typeof FUNDING_LINE_CODES)[number];
