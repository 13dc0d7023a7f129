import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { NotificationDto } from '../../../../contracts/notifications';
import { formatDateTime } from '../../../lib/format';
import { useMarkAllRead, useMarkRead, useNotificationList, useUnreadCount } from '../hooks/use-notifications';
import { notificationText } from './notification-text';

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

/**
 * Issue 12 point 7: the bell in the header with the number of unread notifications; its panel
 * lists them, newest first, each leading to its item (and read from then on).
 */
export function NotificationBell() {
  const { t } = useTranslation(['app', 'mail']);
  const navigate = useNavigate();
  const [isOpen, panel] = useDisclosure(false);
  const unread = useUnreadCount().data?.unread ?? 0;
  const list = useNotificationList(isOpen);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  const open = (notification: NotificationDto) => {
    if (!notification.readAt) markRead.mutate(notification.id);
    panel.close();
    void navigate({ to: notification.link });
  };

  return (
    <Popover
      opened={isOpen}
      onChange={(opened) => (opened ? panel.open() : panel.close())}
      position="bottom-end"
      width={360}
      shadow="md"
      trapFocus
      returnFocus
    >
      {/* The target is the button itself: Mantine gives it aria-expanded and aria-controls. */}
      <Indicator label={unread} disabled={unread === 0} size={18} offset={4} color="red">
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={panel.toggle}
            aria-label={unread > 0 ? t('notifications.bell', { count: unread }) : t('notifications.bellNone')}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown role="dialog" aria-label={t('notifications.title')}>
        <Group justify="space-between" mb="xs">
          <Text fw={700}>{t('notifications.title')}</Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        {list.isError ? (
          <Text size="sm" c="red" role="alert">
            {list.error.message}
          </Text>
        ) : items.length === 0 && !list.isPending ? (
          <Text size="sm" c="dimmed">
            {t('notifications.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={400}>
            <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {items.map((n) => (
                <li key={n.id}>
                  <Anchor
                    href={n.link}
                    onClick={(event) => {
                      event.preventDefault();
                      open(n);
                    }}
                    underline="never"
                    c="inherit"
                    display="block"
                    p={6}
                    style={{
                      borderRadius: 4,
                      background: n.readAt ? undefined : 'var(--mantine-color-blue-0)',
                    }}
                  >
                    <Text size="sm" fw={n.readAt ? 400 : 600}>
                      {notificationText(t, n)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {n.readAt ? '' : `${t('notifications.unread')} · `}
                      {formatDateTime(n.createdAt)}
                    </Text>
                  </Anchor>
                </li>
              ))}
            </Stack>
            {list.hasNextPage ? (
              <Button
                variant="subtle"
                size="compact-sm"
                mt="xs"
                loading={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {t('notifications.older')}
              </Button>
            ) : null}
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
