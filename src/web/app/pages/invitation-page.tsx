import { Box, Button, Center, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AcceptInvitationForm } from '../../features/identity/components/accept-invitation-form';

/**
 * The link of an invitation e-mail: the token comes after `#`, so it never reaches a server log.
 * Without one, a family member types the one-time code a worker handed over (ADR 044).
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [token, setToken] = useState(() => window.location.hash.slice(1));
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
            {token ? null : <CodeForm onCode={setToken} />}
            {token ? (
              <AcceptInvitationForm
                key={token}
                token={token}
                onSignedIn={() => {
                  // The token leaves the address bar and the history once it is used.
                  window.history.replaceState(null, '', '/invitation');
                  void navigate({ to: '/' });
                }}
              />
            ) : null}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}

/** The one-time code, as typed from the instruction sheet (any case, with or without the dash). */
function CodeForm({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (code.trim()) onCode(code.trim());
      }}
    >
      <Stack gap="sm">
        <Text>{t('invitation.codeIntro')}</Text>
        <TextInput
          label={t('invitation.code')}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <Button type="submit">{t('invitation.codeSubmit')}</Button>
      </Stack>
    </form>
  );
}
