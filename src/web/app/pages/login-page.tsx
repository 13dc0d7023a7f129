import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../features/identity/components/language-switch';
import { LoginForm } from '../../features/identity/components/login-form';
import { OrganisationSignIn } from '../../features/identity/components/organisation-sign-in';

const route = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation();
  const { redirect, sso } = route.useSearch();
  const navigate = useNavigate();
  useDocumentTitle(`${t('login.title')} · eenplan`);
  return (
    <Box mih="100vh" bg="gray.0">
      <Group component="header" justify="space-between" px="lg" py="sm">
        <Text fw={800} c="blue.9" fz="lg">
          eenplan
        </Text>
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" py={48}>
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1}>{t('login.title')}</Title>
              <Text c="dimmed" size="sm">
                {t('login.intro')}
              </Text>
            </Stack>
            <LoginForm onSuccess={() => void navigate({ to: redirect ?? '/' })} />
            <OrganisationSignIn failure={sso} />
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
