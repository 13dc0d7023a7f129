import { Stack } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../domain/roles';
import { RouterNavLink } from '../../components/ui/router-links';
import { hasPermission, useUser } from '../../lib/session';
import { GovernanceNavItems } from './governance-nav';

type NavItem = {
  to:
    | '/referrals'
    | '/referrals/new'
    | '/figures'
    | '/team'
    | '/funding'
    | '/funding/allocation'
    | '/admin'
    | '/platform'
    | '/organisations'
    | '/people'
    | '/my-week'
    | '/families'
    | '/waiting-list'
    | '/caseload'
    | '/coaching'
    | '/retention'
    | '/social-map';
  label: string;
  permission: Permission;
  isActive: (path: string) => boolean;
};

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const items: NavItem[] = [
    // The family's journey.
    { to: '/my-week', label: t('myWeek.nav'), permission: 'family:read', isActive: (p) => p === '/my-week' },
    {
      to: '/families',
      label: t('families.nav'),
      permission: 'family:read',
      isActive: (p) => p.startsWith('/families'),
    },
    {
      to: '/waiting-list',
      label: t('waitingList.nav'),
      permission: 'caseload:read',
      isActive: (p) => p === '/waiting-list',
    },
    {
      to: '/caseload',
      label: t('caseload.nav'),
      permission: 'caseload:read',
      isActive: (p) => p === '/caseload',
    },
    // Issue 14: where to refer on, for whoever works with families.
    {
      to: '/social-map',
      label: t('socialMap.nav'),
      permission: 'family:read',
      isActive: (p) => p === '/social-map',
    },
    {
      to: '/coaching',
      label: t('coaching.nav'),
      permission: 'coaching:manage',
      isActive: (p) => p === '/coaching',
    },
    {
      to: '/referrals',
      label: t('nav.referrals'),
      permission: 'referral:read',
      isActive: (p) => p.startsWith('/referrals') && p !== '/referrals/new',
    },
    {
      to: '/referrals/new',
      label: t('nav.newReferral'),
      permission: 'referral:create',
      isActive: (p) => p === '/referrals/new',
    },
    {
      to: '/figures',
      label: t('nav.figures'),
      permission: 'figures:read',
      isActive: (p) => p === '/figures',
    },
    { to: '/team', label: t('nav.team'), permission: 'team:read', isActive: (p) => p === '/team' },
    {
      to: '/funding',
      label: t('nav.funding'),
      permission: 'funding:read',
      isActive: (p) => p === '/funding',
    },
    {
      to: '/funding/allocation',
      label: t('nav.allocation'),
      permission: 'funding:read',
      isActive: (p) => p === '/funding/allocation',
    },
    // Issue 12: who works in the collaboration.
    {
      to: '/organisations',
      label: t('organisations.nav'),
      permission: 'organisation:manage',
      isActive: (p) => p === '/organisations',
    },
    { to: '/people', label: t('people.nav'), permission: 'account:manage', isActive: (p) => p === '/people' },
    { to: '/admin', label: t('nav.admin'), permission: 'reference:manage', isActive: (p) => p === '/admin' },
    // Issue 15: the installation's collaborations.
    {
      to: '/platform',
      label: t('platform.nav'),
      permission: 'platform:manage',
      isActive: (p) => p === '/platform',
    },
    // R30: how long files are kept.
    {
      to: '/retention',
      label: t('retention.nav'),
      permission: 'retention:manage',
      isActive: (p) => p === '/retention',
    },
  ];
  return (
    <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {items
        .filter((item) => hasPermission(user, item.permission))
        .map((item) => {
          const isActive = item.isActive(pathname);
          return (
            <li key={item.to}>
              <RouterNavLink
                to={item.to}
                // The router would also mark /referrals active on /referrals/new; we decide.
                activeOptions={{ exact: true, includeSearch: false }}
                label={item.label}
                active={isActive}
                aria-current={isActive ? 'page' : undefined}
                onClick={onNavigate}
                fw={600}
              />
            </li>
          );
        })}
      <GovernanceNavItems onNavigate={onNavigate} />
    </Stack>
  );
}
