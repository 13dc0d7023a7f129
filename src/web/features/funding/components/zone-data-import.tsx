import { Alert, Button, Code, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/ui/section-card';
import { useImportZoneData } from '../hooks/use-allocation';

/** R13: the zones' population under 25 and deprivation index for a year, as CSV. */
export function ZoneDataImport({ year }: { year: number }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const importer = useImportZoneData(year);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    importer.mutate(await file.text());
  };

  return (
    <SectionCard title={t('allocation.import.title', { year })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('allocation.import.hint')}
          </Text>
          <Code block>{'zone_code,population_under_25,deprivation_index\nelz57,36000,1.05'}</Code>
          {importer.error ? (
            <Alert color="red" role="alert" title={t('allocation.import.failed')}>
              {importer.error.message}
            </Alert>
          ) : null}
          {importer.data ? (
            <Alert color="green" role="status">
              {t('allocation.import.done', { count: importer.data.imported, year })}
            </Alert>
          ) : null}
          <FileInput
            label={t('allocation.import.file')}
            placeholder={t('allocation.import.choose')}
            accept=".csv,text/csv"
            clearable
            value={file}
            onChange={(next) => {
              importer.reset();
              setFile(next);
            }}
          />
          <Group justify="flex-end">
            <Button type="submit" disabled={!file} loading={importer.isPending}>
              {t('allocation.import.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
