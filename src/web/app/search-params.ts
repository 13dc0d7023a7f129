// What the URL may carry for each page. Anything unreadable is dropped rather than failing
// the page, so an old or hand-edited link still opens.
import { z } from 'zod';
import { isoDate } from '../../contracts/common';
import { REFERRAL_STATUSES } from '../../contracts/intake';
import { ORGANISATION_KINDS } from '../../contracts/network';
import { SINGLE_SIGN_ON_FAILURES } from '../../contracts/single-sign-on';

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const referralsSearch = z.object({
  status: optional(z.enum(REFERRAL_STATUSES)),
  fundingLine: optional(z.string().max(50)),
  zone: optional(z.string().max(20)),
  registrantKind: optional(z.enum(ORGANISATION_KINDS)),
  from: optional(isoDate),
  to: optional(isoDate),
  page: optional(z.coerce.number().int().min(1)),
});

export const referralSearch = z.object({ tab: optional(z.enum(['overview', 'audit'])) });

export const figuresSearch = z.object({
  from: optional(isoDate),
  to: optional(isoDate),
  fundingLine: optional(z.string().max(50)),
});

const year = z.coerce.number().int().min(2000).max(2100);

export const fundingSearch = z.object({ year: optional(year) });

/** The team page: secondment (R11) or caseload per FTE (R10). */
export const teamSearch = z.object({ tab: optional(z.enum(['secondment', 'caseload'])) });

export const allocationSearch = z.object({
  year: optional(year),
  /** The total to share over the zones, in cents. */
  budget: optional(z.coerce.number().int().min(0).max(1_000_000_000_000)),
});

export const loginSearch = z.object({
  // Only a path inside the app: never send someone on to another site after logging in.
  redirect: optional(z.string().regex(/^\/(?!\/)/)),
  /** Why signing in through an organisation's provider did not work (ADR 038). */
  sso: optional(z.enum(SINGLE_SIGN_ON_FAILURES)),
});
