import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInProviderDto } from '../../../../contracts/single-sign-on';
import { SectionCard } from '../../../components/ui/section-card';
import { serverErrors } from '../../../lib/form-errors';
import { useOrganisations } from '../../../lib/reference-data';
import { useSaveSignInProvider, useSignInProviders } from '../hooks/use-single-sign-on';

type Draft = {
  organisationId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  requireSecondFactor: boolean;
  isActive: boolean;
};

const EMPTY: Draft = {
  organisationId: '',
  issuer: '',
  clientId: '',
  clientSecret: '',
  requireSecondFactor: true,
  isActive: true,
};
const FIELDS = ['organisationId', 'issuer', 'clientId', 'clientSecret'] as const;

/**
 * Partner organisations whose people sign in with their own identity provider (OpenID Connect,
 * ADR 038). The administrator registers eenplan at the provider with the redirect URI shown here.
 */
export function SignInProvidersCard() {
  const { t } = useTranslation();
  const providers = useSignInProviders();
  const organisations = useOrganisations();
  const save = useSaveSignInProvider();
  const [draft, setDraft] = useState<Draft | null>(null);
  const errors = save.error ? serverErrors(save.error, FIELDS, t) : null;
  const rows = providers.data?.providers ?? [];

  const edit = (provider: SignInProviderDto) =>
    setDraft({
      organisationId: provider.organisation.id,
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: '',
      requireSecondFactor: provider.requireSecondFactor,
      isActive: provider.isActive,
    });

  const submit = () => {
    if (!draft) return;
    const { clientSecret, ...rest } = draft;
    // An empty secret field keeps the secret that is stored: it is never shown again.
    save.mutate(clientSecret ? { ...rest, clientSecret } : rest, { onSuccess: () => setDraft(null) });
  };

  return (
    <SectionCard title={t('sso.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('sso.hint')}
        </Text>
        {providers.data ? (
          <Text size="sm">
            {t('sso.redirectUri')} <Code>{providers.data.redirectUri}</Code>
          </Text>
        ) : null}
        {rows.length > 0 ? (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sso.organisation')}</Table.Th>
                <Table.Th>{t('sso.issuer')}</Table.Th>
                <Table.Th>{t('sso.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((provider) => (
                <Table.Tr key={provider.id}>
                  <Table.Td>{provider.organisation.name}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{provider.issuer}</Table.Td>
                  <Table.Td>
                    <Badge color={provider.isActive ? 'green' : 'gray'} variant="light">
                      {provider.isActive ? t('sso.active') : t('sso.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" variant="light" onClick={() => edit(provider)}>
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {providers.isPending ? t('common.loading') : t('sso.none')}
          </Text>
        )}
        {draft ? (
          <Stack gap="xs">
            {errors?.general ? (
              <Alert color="red" role="alert">
                {errors.general}
              </Alert>
            ) : null}
            <Select
              label={t('sso.organisation')}
              required
              searchable
              data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={draft.organisationId || null}
              onChange={(value) => setDraft({ ...draft, organisationId: value ?? '' })}
              error={errors?.fieldErrors.organisationId}
            />
            <TextInput
              label={t('sso.issuer')}
              description={t('sso.issuerHint')}
              required
              value={draft.issuer}
              onChange={(e) => setDraft({ ...draft, issuer: e.currentTarget.value })}
              error={errors?.fieldErrors.issuer}
            />
            <TextInput
              label={t('sso.clientId')}
              required
              value={draft.clientId}
              onChange={(e) => setDraft({ ...draft, clientId: e.currentTarget.value })}
              error={errors?.fieldErrors.clientId}
            />
            <TextInput
              label={t('sso.clientSecret')}
              description={t('sso.clientSecretHint')}
              type="password"
              autoComplete="off"
              value={draft.clientSecret}
              onChange={(e) => setDraft({ ...draft, clientSecret: e.currentTarget.value })}
              error={errors?.fieldErrors.clientSecret}
            />
            <Checkbox
              label={t('sso.requireSecondFactor')}
              checked={draft.requireSecondFactor}
              onChange={(e) => setDraft({ ...draft, requireSecondFactor: e.currentTarget.checked })}
            />
            <Checkbox
              label={t('sso.isActive')}
              checked={draft.isActive}
              onChange={(e) => setDraft({ ...draft, isActive: e.currentTarget.checked })}
            />
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  save.reset();
                  setDraft(null);
                }}
              >
                {t('common.cancel')}
              </Button>
              <Button onClick={submit} loading={save.isPending}>
                {t('sso.save')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group justify="flex-end">
            <Button variant="light" onClick={() => setDraft(EMPTY)}>
              {t('sso.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}
