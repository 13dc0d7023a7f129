import { AppShell, Container, Divider, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFollowAccountLanguage } from '../../features/identity/hooks/use-follow-account-language';
import { useSession } from '../../lib/session';
import { AppHeader } from './app-header';
import { MainNav } from './main-nav';
import { UserActions } from './user-actions';

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const [isNavOpen, nav] = useDisclosure(false);
  const href = useRouterState({ select: (s) => s.location.href });
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  useFollowAccountLanguage();

  // The session ended while the page was open (401 somewhere): back to the login. Once the
  // login page is under way (after logging out), no new redirect: each would carry the last
  // one in its `redirect` and the layout would navigate for ever, freezing the tab.
  if (!session) return pathname === '/login' ? null : <Navigate to="/login" search={{ redirect: href }} />;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
      padding="md"
    >
      <a href="#main-content" className="skip-link">
        {t('layout.skipToContent')}
      </a>
      <AppShell.Header>
        <AppHeader isNavOpen={isNavOpen} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('layout.mainNav')}>
        <MainNav onNavigate={nav.close} />
        <Stack hiddenFrom="sm" gap="sm" mt="md">
          <Divider />
          <Text size="sm" fw={600}>
            {session.user.displayName}
          </Text>
          <Group gap="sm">
            <UserActions />
          </Group>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} bg="gray.0">
        <Container fluid px={0} maw={1600}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
