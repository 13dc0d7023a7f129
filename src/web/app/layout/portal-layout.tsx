// The family's own portal (issue 13): its own frame, no staff navigation. Phone first: the links
// wrap under the name; a skip link, a labelled navigation landmark and one main landmark.
import { Box, Button, Container, Group, Text } from '@mantine/core';
import { Navigate, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../components/ui/router-links';
import { LanguageSwitch } from '../../features/identity/components/language-switch';
import { useLogout } from '../../features/identity/hooks/use-logout';
import { useSession } from '../../lib/session';

const LINKS = [
  { to: '/our-family', key: 'overview' },
  { to: '/our-family/plan', key: 'plan' },
  { to: '/our-family/file', key: 'file' },
  { to: '/our-family/people', key: 'people' },
  { to: '/our-family/voice', key: 'voice' },
  { to: '/our-family/consents', key: 'consents' },
  { to: '/our-family/who-read', key: 'whoRead' },
  { to: '/our-family/documents', key: 'documents' },
  { to: '/our-family/security', key: 'security' },
] as const;

export function PortalLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const logout = useLogout(() => void navigate({ to: '/login' }));
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  if (!session) return pathname === '/login' ? null : <Navigate to="/login" />;
  return (
    <Box mih="100vh" className="portal-frame">
      <a href="#main-content" className="skip-link">
        {t('layout.skipToContent')}
      </a>
      <Box component="header" px="md" py="sm" bg="blue.9" c="white">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={800} fz="lg">
            eenplan · {t('portal.name')}
          </Text>
          <Group gap="xs">
            {/* On a light ground: the switch's unchosen languages are blue text, unreadable on the blue header. */}
            <Box bg="white" p={2} style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
              <LanguageSwitch />
            </Box>
            <Button variant="white" size="sm" onClick={() => logout.mutate()}>
              {t('portal.signOut')}
            </Button>
          </Group>
        </Group>
      </Box>
      <Box component="nav" aria-label={t('portal.nav')} px="md" py="xs" bg="gray.0">
        <Group gap={4} wrap="wrap">
          {LINKS.map((link) => (
            <RouterAnchor
              key={link.to}
              to={link.to}
              className="portal-nav-link"
              fw={pathname === link.to ? 700 : 500}
              aria-current={pathname === link.to ? 'page' : undefined}
            >
              {t(`portal.links.${link.key}`)}
            </RouterAnchor>
          ))}
        </Group>
      </Box>
      <Container component="main" id="main-content" size="sm" px="md" py="md">
        <Outlet />
      </Container>
    </Box>
  );
}
