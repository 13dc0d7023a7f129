import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInStep } from '../../../contracts/identity';
import { RouterAnchor } from '../../components/ui/router-links';
import { LanguageSwitch } from '../../features/identity/components/language-switch';
import { LoginForm } from '../../features/identity/components/login-form';
import { OrganisationSignIn } from '../../features/identity/components/organisation-sign-in';
import { SignInStepForm, SignInStepTitle } from '../../features/identity/components/sign-in-step';

const route = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation();
  const { redirect, sso } = route.useSearch();
  const navigate = useNavigate();
  const [step, setStep] = useState<SignInStep | null>(null);
  const done = () => void navigate({ to: redirect ?? '/' });
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
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={step === 'enrolment' ? 560 : 420}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1}>{step ? <SignInStepTitle step={step} /> : t('login.title')}</Title>
              {step ? null : (
                <Text c="dimmed" size="sm">
                  {t('login.intro')}
                </Text>
              )}
            </Stack>
            {step ? (
              <SignInStepForm step={step} onSignedIn={done} />
            ) : (
              <Stack gap="xs">
                <LoginForm onSuccess={done} onSecondStep={setStep} />
                <RouterAnchor to="/forgot-password" size="sm">
                  {t('passwordReset.link')}
                </RouterAnchor>
                <OrganisationSignIn failure={sso} />
              </Stack>
            )}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
