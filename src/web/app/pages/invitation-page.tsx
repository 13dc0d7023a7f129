import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AcceptInvitationForm } from '../../features/identity/components/accept-invitation-form';

/** The link of an invitation e-mail: the token comes after `#`, so it never reaches a server log. */
export function InvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [token] = useState(() => window.location.hash.slice(1));
  useDocumentTitle(`${t('invitation.title')} · eenplan`);
  return (
    <Box mih="100vh" bg="gray.0">
      <Group component="header" px="lg" py="sm">
        <Text fw={800} c="blue.9" fz="lg">
          eenplan
        </Text>
      </Group>
      <Center component="main" px="md" py={48}>
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={460}>
          <Stack gap="lg">
            <Title order={1}>{t('invitation.title')}</Title>
            <AcceptInvitationForm
              token={token}
              onSignedIn={() => {
                // The token leaves the address bar and the history once it is used.
                window.history.replaceState(null, '', '/invitation');
                void navigate({ to: '/' });
              }}
            />
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
