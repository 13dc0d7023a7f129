import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { hasPermission, sessionQueryOptions } from '../lib/session';
import { decisionsSearch, meetingSearch, todosSearch } from './governance-search';
import { AppLayout } from './layout/app-layout';
import { PortalLayout } from './layout/portal-layout';
import { FamilyListPage } from './pages/family-list-page';
import { familiesSearch, familyFileSearch, myWeekSearch } from './pages/family-search-params';
import { GovernanceAgreementsPage } from './pages/governance-agreements-page';
import { GovernanceBodyPage } from './pages/governance-body-page';
import { GovernanceDecisionsPage } from './pages/governance-decisions-page';
import { GovernanceMeetingPage } from './pages/governance-meeting-page';
import { GovernancePage } from './pages/governance-page';
import { GovernanceTodosPage } from './pages/governance-todos-page';
import { LoginPage } from './pages/login-page';
import { MyWeekPage } from './pages/my-week-page';
import { NewReferralPage } from './pages/new-referral-page';
import { NotFoundPage } from './pages/not-found-page';
import { ReferralDetailPage } from './pages/referral-detail-page';
import { ReferralsPage } from './pages/referrals-page';
import { queryClient } from './query-client';
import {
  allocationSearch,
  figuresSearch,
  fundingSearch,
  loginSearch,
  referralSearch,
  referralsSearch,
  resetPasswordSearch,
  teamSearch,
} from './search-params';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: loginSearch,
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (session) throw redirect({ to: search.redirect ?? '/' });
  },
  component: LoginPage,
});

// "Forgot password" (ADR 037): open to anyone, like the login page.
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('./pages/forgot-password-page'), 'ForgotPasswordPage'),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: resetPasswordSearch,
  component: lazyRouteComponent(() => import('./pages/reset-password-page'), 'ResetPasswordPage'),
});

/** Issue 12: the link of an invitation e-mail, opened by someone who has no password yet. */
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitation',
  component: lazyRouteComponent(() => import('./pages/invitation-page'), 'InvitationPage'),
});

/** Everything behind the login: the layout with the navigation. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
    // A family member's own account holds no role (ADR 044): its place is the family's portal.
    if (session.user.roles.length === 0) throw redirect({ to: '/our-family' });
    return { user: session.user };
  },
  component: AppLayout,
});

/** The family's own portal (issue 13): its own layout, no staff navigation. */
const portalRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'portal',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
    if (session.user.roles.length > 0) throw redirect({ to: '/' });
  },
  component: PortalLayout,
});
const ourFamilyRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/our-family',
  component: lazyRouteComponent(() => import('./pages/our-family-pages'), 'OurFamilyPage'),
});
const ourPlanRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/our-family/plan',
  component: lazyRouteComponent(() => import('./pages/our-family-pages'), 'OurPlanPage'),
});
const ourFileRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/our-family/file',
  component: lazyRouteComponent(() => import('./pages/our-family-pages'), 'OurFilePage'),
});
const ourPeopleRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/our-family/people',
  component: lazyRouteComponent(() => import('./pages/our-family-pages'), 'OurPeoplePage'),
});
const whoReadRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/our-family/who-read',
  component: lazyRouteComponent(() => import('./pages/our-family-pages'), 'WhoReadPage'),
});
// The family's voice (R16, ADR 045) and its consents and sharing log (R29), in the portal's frame.
const ourFamilyVoiceRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/our-family/voice',
  component: lazyRouteComponent(() => import('./pages/our-family-voice-page'), 'OurFamilyVoicePage'),
});
const ourConsentsRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/our-family/consents',
  component: lazyRouteComponent(() => import('./pages/our-consents-page'), 'OurConsentsPage'),
});
// The member's own sign-in: an authenticator app, where they are signed in (ADR 036, 037). The
// staff's /security sits in the staff layout, which sends a family account here.
const ourSecurityRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/our-family/security',
  component: lazyRouteComponent(() => import('./pages/our-family-pages'), 'OurSecurityPage'),
});

// Documents shared with us (ADR 052).
const ourDocumentsRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/our-family/documents',
  component: lazyRouteComponent(() => import('./pages/our-documents-page'), 'OurDocumentsPage'),
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    // The first page a person may open: the intake list for the team, figures for the
    // steering group, the reference data for an administrator.
    const { user } = context;
    // A liaison worker starts the day with their week; the desk with the intake list.
    if (hasPermission(user, 'family:read') && !hasPermission(user, 'referral:decide'))
      throw redirect({ to: '/my-week' });
    if (hasPermission(user, 'referral:read')) throw redirect({ to: '/referrals' });
    if (hasPermission(user, 'referral:create')) throw redirect({ to: '/referrals/new' });
    if (hasPermission(user, 'governance:read')) throw redirect({ to: '/governance' });
    if (hasPermission(user, 'figures:read')) throw redirect({ to: '/figures' });
    if (hasPermission(user, 'reference:manage')) throw redirect({ to: '/admin' });
  },
  component: NotFoundPage,
});

export const referralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/referrals',
  validateSearch: referralsSearch,
  component: ReferralsPage,
});

const newReferralRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/referrals/new',
  component: NewReferralPage,
});

export const referralRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/referrals/$id',
  validateSearch: referralSearch,
  component: ReferralDetailPage,
});

export const figuresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/figures',
  validateSearch: figuresSearch,
  // The charts library is big and only the figures page needs it: load it on the way there.
  component: lazyRouteComponent(() => import('./pages/figures-page'), 'FiguresPage'),
});

const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin',
  component: lazyRouteComponent(() => import('./pages/network-page'), 'NetworkPage'),
});

// Issue 15 (ADR 054): the installation's collaborations, for the platform administrator.
const platformRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/platform',
  component: lazyRouteComponent(() => import('./pages/platform-page'), 'PlatformPage'),
});

// Issue 12: partner organisations and people's accounts.
const organisationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/organisations',
  component: lazyRouteComponent(() => import('./pages/organisations-page'), 'OrganisationsPage'),
});

// Issue 14 point 1: the social map, for every professional.
const socialMapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/social-map',
  component: lazyRouteComponent(() => import('./pages/social-map-page'), 'SocialMapPage'),
});

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  component: lazyRouteComponent(() => import('./pages/people-page'), 'PeoplePage'),
});

const teamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team',
  validateSearch: teamSearch,
  component: lazyRouteComponent(() => import('./pages/team-page'), 'TeamPage'),
});

const fundingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/funding',
  validateSearch: fundingSearch,
  component: lazyRouteComponent(() => import('./pages/funding-page'), 'FundingPage'),
});

const allocationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/funding/allocation',
  validateSearch: allocationSearch,
  // The bar chart of the zones uses the charts library: loaded on the way there.
  component: lazyRouteComponent(() => import('./pages/funding-allocation-page'), 'FundingAllocationPage'),
});

// Governance (R14, R15, R22): bodies, meetings, to-dos, decisions, engagement declarations.
const governanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/governance',
  component: GovernancePage,
});
const governanceBodyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/governance/bodies/$id',
  component: GovernanceBodyPage,
});
const governanceMeetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/governance/meetings/$id',
  validateSearch: meetingSearch,
  component: GovernanceMeetingPage,
});
const governanceTodosRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/governance/todos',
  validateSearch: todosSearch,
  component: GovernanceTodosPage,
});
const governanceDecisionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/governance/decisions',
  validateSearch: decisionsSearch,
  component: GovernanceDecisionsPage,
});
const governanceAgreementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/governance/agreements',
  component: GovernanceAgreementsPage,
});

// The family's journey: my week, families and their files, the waiting list, the team's caseload.
export const myWeekRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-week',
  validateSearch: myWeekSearch,
  component: MyWeekPage,
});
export const familiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/families',
  validateSearch: familiesSearch,
  component: FamilyListPage,
});
export const familyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/families/$id',
  validateSearch: familyFileSearch,
  // The file with its plan editor is the biggest page of the journey: loaded on the way there.
  component: lazyRouteComponent(() => import('./pages/family-file-page'), 'FamilyFilePage'),
});
const waitingListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/waiting-list',
  component: lazyRouteComponent(() => import('./pages/waiting-list-page'), 'WaitingListPage'),
});
const caseloadRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/caseload',
  component: lazyRouteComponent(() => import('./pages/caseload-page'), 'CaseloadPage'),
});

// Family coaching (R23): the central registration point.
const coachingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/coaching',
  component: lazyRouteComponent(() => import('./pages/coaching-page'), 'CoachingPage'),
});

// R30: files due for destruction and how long they are kept (the coordinator, the administrator).
const retentionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/retention',
  component: lazyRouteComponent(() => import('./pages/retention-page'), 'RetentionPage'),
});

// The signed-in person's own second factor and devices (ADR 036, 037): everyone's.
const securityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/security',
  component: lazyRouteComponent(() => import('./pages/security-page'), 'SecurityPage'),
});

const routeTree = rootRoute.addChildren([
  portalRoute.addChildren([
    ourFamilyRoute,
    ourPlanRoute,
    ourFileRoute,
    ourPeopleRoute,
    whoReadRoute,
    ourFamilyVoiceRoute,
    ourConsentsRoute,
    ourSecurityRoute,
    ourDocumentsRoute,
  ]),
  loginRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  invitationRoute,
  appRoute.addChildren([
    indexRoute,
    referralsRoute,
    newReferralRoute,
    referralRoute,
    figuresRoute,
    teamRoute,
    fundingRoute,
    allocationRoute,
    adminRoute,
    platformRoute,
    organisationsRoute,
    socialMapRoute,
    peopleRoute,
    governanceRoute,
    governanceBodyRoute,
    governanceMeetingRoute,
    governanceTodosRoute,
    governanceDecisionsRoute,
    governanceAgreementsRoute,
    myWeekRoute,
    familiesRoute,
    familyRoute,
    waitingListRoute,
    caseloadRoute,
    coachingRoute,
    retentionRoute,
    securityRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
