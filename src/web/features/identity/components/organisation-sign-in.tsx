import { Alert, Button, Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SingleSignOnFailure } from '../../../../contracts/single-sign-on';
import { singleSignOnStartUrl } from '../api/single-sign-on-api';
import { useSignInProviderChoices } from '../hooks/use-single-sign-on';

/**
 * "Sign in with my organisation": one button per partner organisation that signs its people in
 * with its own provider (ADR 038), and why the last attempt did not work when it came back refused.
 */
export function OrganisationSignIn({ failure }: { failure?: SingleSignOnFailure | undefined }) {
  const { t } = useTranslation();
  const choices = useSignInProviderChoices();
  const providers = choices.data ?? [];
  if (providers.length === 0 && !failure) return null;
  return (
    <Stack gap="sm">
      {failure ? (
        <Alert color="red" role="alert" title={t('login.failed')}>
          {t(`errors:${failure}`)}
        </Alert>
      ) : null}
      {providers.length > 0 ? (
        <>
          <Divider label={t('login.orWithOrganisation')} labelPosition="center" />
          {providers.map((provider) => (
            <Button
              key={provider.id}
              component="a"
              href={singleSignOnStartUrl(provider.id)}
              variant="default"
              fullWidth
            >
              {t('login.withOrganisation', { organisation: provider.organisationName })}
            </Button>
          ))}
        </>
      ) : null}
    </Stack>
  );
}
