// What each page refreshes in other features after a save (ADR 030). A feature's own keys are
// its hooks' business; these are the cross-feature refreshes the hooks used to do themselves.
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { auditKeys } from '../../features/audit/api/audit-queries';
import { coachingKeys } from '../../features/coaching/api/coaching-queries';
import { familyKeys } from '../../features/families/api/families-queries';
import { planKeys } from '../../features/plans/api/plans-queries';
import { portalKeys } from '../../features/portal/api/portal-queries';
import { figuresKeys } from '../../features/reports/api/figures-queries';
import { teamKeys } from '../../features/team/api/team-queries';
import { trajectoryKeys } from '../../features/trajectories/api/trajectories-queries';
import { SESSION_QUERY_KEY } from '../../lib/session';
import { coachingRefreshes } from './coaching-refreshes';
import { familyFileRefreshes } from './family-file-refreshes';
import { languageRefreshes } from './language-refreshes';
import { newReferralRefreshes } from './new-referral-refreshes';
import { referralRefreshes } from './referral-refreshes';

// No network and no browser language here: only the cache is looked at.
vi.mock('../../lib/api', () => ({ api: {}, isApiError: () => false, setCsrfToken: () => undefined }));
vi.mock('../../lib/i18n', () => ({ i18n: {}, storeLocale: () => undefined }));

const FAMILY = 'family-1';
const OTHER_FAMILY = 'family-2';
const REFERRAL = 'referral-1';
const FIGURES = { from: '2026-01-01', to: '2026-12-31' } as never;

/** One query of each kind a screen may have in the cache, by name. */
const cached: Record<string, QueryKey> = {
  session: SESSION_QUERY_KEY,
  week: trajectoryKeys.week('mine'),
  waitingList: trajectoryKeys.waitingList(),
  caseload: trajectoryKeys.caseload(),
  trajectories: trajectoryKeys.family(FAMILY),
  plan: planKeys.plan(FAMILY),
  familyView: portalKeys.familyView(FAMILY),
  otherFamilyView: portalKeys.familyView(OTHER_FAMILY),
  otherPlan: planKeys.plan(OTHER_FAMILY),
  familyFile: familyKeys.file(FAMILY),
  team: teamKeys.team(),
  teamCaseload: teamKeys.caseload(),
  audit: auditKeys.referral(REFERRAL),
  otherAudit: auditKeys.referral('referral-2'),
  figures: figuresKeys.figures(FIGURES),
  coaches: coachingKeys.coaches(),
};

async function refreshedBy(refresh: (client: QueryClient) => Promise<unknown>): Promise<string[]> {
  const client = new QueryClient();
  for (const key of Object.values(cached)) client.setQueryData(key, 'loaded');
  await refresh(client);
  return Object.entries(cached)
    .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
    .map(([name]) => name)
    .sort();
}

const WORKLISTS = ['caseload', 'waitingList', 'week'];

describe('the family file page', () => {
  it('refreshes the worklists and what that family sees after a plan save', async () => {
    expect(await refreshedBy((c) => familyFileRefreshes(c).planSaved({ familyId: FAMILY }))).toEqual(
      [...WORKLISTS, 'familyView'].sort(),
    );
  });

  it("refreshes that family's plan, and only that family's, after a change in its journey", async () => {
    expect(await refreshedBy((c) => familyFileRefreshes(c).journeySaved({ familyId: FAMILY }))).toEqual([
      'familyView',
      'plan',
    ]);
  });

  it("refreshes the worklists and the team's caseloads after a change to the file", async () => {
    expect(await refreshedBy((c) => familyFileRefreshes(c).familySaved())).toEqual(
      [...WORKLISTS, 'team', 'teamCaseload'].sort(),
    );
  });

  it('refreshes everything after a merge (R17)', async () => {
    expect(await refreshedBy((c) => familyFileRefreshes(c).familyMerged())).toEqual(
      Object.keys(cached).sort(),
    );
  });
});

describe('the referral page', () => {
  it("refreshes that referral's audit trail and the figures after a decision", async () => {
    expect(await refreshedBy((c) => referralRefreshes(c).referralSaved({ referralId: REFERRAL }))).toEqual([
      'audit',
      'figures',
    ]);
  });

  it('refreshes the family files and the worklists after an assignment (R10)', async () => {
    expect(await refreshedBy((c) => referralRefreshes(c).assigned())).toEqual(
      ['familyFile', ...WORKLISTS].sort(),
    );
  });
});

describe('the other pages', () => {
  it('the coaching page refreshes the worklists after a match or its end (R18)', async () => {
    expect(await refreshedBy((c) => coachingRefreshes(c).coachingSaved())).toEqual(WORKLISTS);
  });

  it('the new referral page refreshes the figures', async () => {
    expect(await refreshedBy((c) => newReferralRefreshes(c).referralCreated())).toEqual(['figures']);
  });

  it('a new language refreshes everything but the session', async () => {
    expect(await refreshedBy((c) => languageRefreshes(c).languageChanged())).toEqual(
      Object.keys(cached)
        .filter((name) => name !== 'session')
        .sort(),
    );
  });
});
