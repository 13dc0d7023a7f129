// What the URL may carry on the pages of the family's journey (kept apart from the pages so the
// router can load those lazily).
import { z } from 'zod';

export const FAMILY_TABS = [
  'file',
  'plan',
  'trajectories',
  'contacts',
  'consent',
  'voice',
  'familyView',
] as const;
export type FamilyTab = (typeof FAMILY_TABS)[number];

export const familyFileSearch = z.object({ tab: z.enum(FAMILY_TABS).optional().catch(undefined) });
export const familiesSearch = z.object({ scope: z.enum(['mine', 'all']).optional().catch(undefined) });
export const myWeekSearch = z.object({ scope: z.enum(['mine', 'all']).optional().catch(undefined) });
