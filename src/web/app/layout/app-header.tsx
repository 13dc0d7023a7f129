import { Burger, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { useUser } from '../../lib/session';
import { UserActions } from './user-actions';

type AppHeaderProps = { isNavOpen: boolean; onToggleNav: () => void };

export function AppHeader({ isNavOpen, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={isNavOpen}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('layout.toggleNav')}
        />
        <Text fw={800} c="blue.9" fz="lg">
          eenplan
        </Text>
        <Text fw={600} truncate visibleFrom="xs">
          {user.collaboration.name}
        </Text>
      </Group>
      <Group gap="md" wrap="nowrap">
        {/* The bell on every screen width; the rest moves into the menu on phones. */}
        <NotificationBell />
        <Group gap="md" wrap="nowrap" visibleFrom="sm">
          <Text size="sm" visibleFrom="md">
            {user.displayName}
          </Text>
          <UserActions />
        </Group>
      </Group>
    </Group>
  );
}
