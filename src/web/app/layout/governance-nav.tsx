import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterNavLink } from '../../components/ui/router-links';
import { useCan } from '../../lib/session';

type GovernanceLink = {
  to: '/governance' | '/governance/todos' | '/governance/decisions' | '/governance/agreements';
  label: string;
  isActive: (path: string) => boolean;
};

/** The governance entries of the main navigation, for everyone who takes part in a body. */
export function GovernanceNavItems({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const canRead = useCan('governance:read');
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  if (!canRead) return null;
  const items: GovernanceLink[] = [
    {
      to: '/governance',
      label: t('governance.nav.overview'),
      isActive: (p) =>
        p === '/governance' || p.startsWith('/governance/bodies') || p.startsWith('/governance/meetings'),
    },
    { to: '/governance/todos', label: t('governance.nav.todos'), isActive: (p) => p === '/governance/todos' },
    {
      to: '/governance/decisions',
      label: t('governance.nav.decisions'),
      isActive: (p) => p === '/governance/decisions',
    },
    {
      to: '/governance/agreements',
      label: t('governance.nav.agreements'),
      isActive: (p) => p === '/governance/agreements',
    },
  ];
  return (
    <>
      {items.map((item) => {
        const isActive = item.isActive(pathname);
        return (
          <li key={item.to}>
            <RouterNavLink
              to={item.to}
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
    </>
  );
}
