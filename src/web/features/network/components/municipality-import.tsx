import { Alert, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/ui/section-card';
import { useImportMunicipalities } from '../hooks/use-network';

/** The municipality table (NIS code → primary-care zone) as published, imported as CSV. */
export function MunicipalityImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const importer = useImportMunicipalities();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    importer.mutate(await file.text());
  };

  return (
    <SectionCard title={t('admin.import.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('admin.import.hint')}
          </Text>
          {importer.error ? (
            <Alert color="red" role="alert" title={t('admin.import.failed')}>
              {importer.error.message}
            </Alert>
          ) : null}
          {importer.data ? (
            <Alert color="green" role="status">
              {t('admin.import.done', { count: importer.data.imported })}
            </Alert>
          ) : null}
          <FileInput
            label={t('admin.import.file')}
            placeholder={t('admin.import.choose')}
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
              {t('admin.import.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
