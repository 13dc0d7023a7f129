import { Group, Select, type SelectProps, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalityDto } from '../../../contracts/network';
import { useMunicipalities } from '../../lib/reference-data';

type MunicipalitySelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: MunicipalityDto | null;
  onChange: (municipality: MunicipalityDto | null) => void;
};

/** Search a municipality by name or NIS code; the option shows the zone it lies in (R13). */
export function MunicipalitySelect({ value, onChange, ...props }: MunicipalitySelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // Searching starts at two characters; the label of the chosen value is not a search.
  const isSearching = debounced.length >= 2 && debounced !== value?.name;
  const results = useMunicipalities(debounced, isSearching);
  const found = isSearching ? (results.data ?? []) : [];
  const options = value && !found.some((m) => m.nisCode === value.nisCode) ? [value, ...found] : found;
  const byNis = new Map(options.map((m) => [m.nisCode, m]));

  return (
    <Select
      searchable
      clearable
      data={options.map((m) => ({ value: m.nisCode, label: m.name }))}
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.nisCode ?? null}
      onChange={(nis) => onChange(nis ? (byNis.get(nis) ?? null) : null)}
      nothingFoundMessage={
        isSearching && !results.isFetching ? t('common.nothingFound') : t('common.typeToSearch')
      }
      renderOption={({ option }) => {
        const m = byNis.get(option.value);
        return (
          <Group justify="space-between" wrap="nowrap" w="100%" gap="sm">
            <Text size="sm">{option.label}</Text>
            <Text size="xs" c="dimmed">
              {m ? `${m.nisCode} · ${m.primaryCareZone.name}` : ''}
            </Text>
          </Group>
        );
      }}
      {...props}
    />
  );
}
