import { Badge, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilySearchQuery } from '../../../../contracts/families';
import type { MunicipalityDto } from '../../../../contracts/network';
import { missingIdentification } from '../../../../domain/family-identification';
import { MunicipalitySelect } from '../../../components/reference/municipality-select';
import { RouterAnchor } from '../../../components/ui/router-links';
import { useFamilySearch } from '../hooks/use-family';

/**
 * "Do we know this family?": asked with the full surname and the municipality or a member's
 * birth year, never a fragment (issue 10). A family one may not open shows only whom to ask.
 */
export function FamilySearch() {
  const { t } = useTranslation();
  const [familyName, setFamilyName] = useState('');
  const [municipality, setMunicipality] = useState<MunicipalityDto | null>(null);
  const [birthYear, setBirthYear] = useState<number | undefined>(undefined);
  const [asked, setAsked] = useState<FamilySearchQuery | null>(null);
  const results = useFamilySearch(asked);
  const query: FamilySearchQuery = {
    familyName: familyName.trim(),
    ...(municipality ? { municipalityNis: municipality.nisCode } : {}),
    ...(birthYear === undefined ? {} : { birthYear }),
  };
  const isExact = missingIdentification(query) === null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (isExact) setAsked(query);
  };
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={submit}
      aria-labelledby="family-search-title"
    >
      <Title order={2} size="h5" id="family-search-title">
        {t('family.search.label')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('family.search.hint')}
      </Text>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('family.search.familyName')}
          required
          value={familyName}
          onChange={(e) => setFamilyName(e.currentTarget.value)}
          autoComplete="off"
        />
        <MunicipalitySelect
          label={t('family.search.municipality')}
          value={municipality}
          onChange={setMunicipality}
        />
        <NumberInput
          label={t('family.search.birthYear')}
          value={birthYear ?? ''}
          onChange={(v) => setBirthYear(typeof v === 'number' ? v : undefined)}
          min={1900}
          max={2100}
          allowDecimal={false}
          w={220}
        />
        <Button type="submit" disabled={!isExact}>
          {t('family.search.submit')}
        </Button>
      </Group>
      {asked && results.data ? (
        <Stack gap={6} mt="sm" aria-live="polite">
          {results.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('family.search.none')}
            </Text>
          ) : (
            results.data.map((r) => (
              <Group key={r.id} gap="xs">
                {r.access === 'full' ? (
                  <RouterAnchor to="/families/$id" params={{ id: r.id }} fw={600} size="sm">
                    {r.label ?? t('family.anonymous')}
                  </RouterAnchor>
                ) : (
                  <Text size="sm" fw={600}>
                    {r.label ?? t('family.anonymous')}
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {r.municipality}
                  {r.childrenCount === null ? '' : ` · ${t('family.children', { count: r.childrenCount })}`}
                </Text>
                {r.access === 'limited' ? (
                  <Badge variant="light" color="gray" radius="sm">
                    {t('family.search.ask', { names: r.askWho.map((p) => p.displayName).join(', ') })}
                  </Badge>
                ) : null}
              </Group>
            ))
          )}
        </Stack>
      ) : null}
    </Paper>
  );
}
