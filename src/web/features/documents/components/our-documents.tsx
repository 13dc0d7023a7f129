// "Documents shared with us" in the family's portal (issue 13 point 2, ADR 052): what a worker
// shared, newest first; each one downloads.
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { ourDocumentUrl } from '../api/documents-api';
import { documentsQueries } from '../api/documents-queries';

/** "1,2 MB" or "340 kB": how big, in the words a phone user knows. */
function sizeOf(bytes: number, locale: string) {
  const format = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${format(bytes / (1024 * 1024))} MB`
    : `${format(Math.max(1, bytes / 1024))} kB`;
}

export function OurDocuments() {
  const { t, i18n } = useTranslation();
  const query = useQuery(documentsQueries.ours());
  return (
    <QueryState query={query}>
      {(documents) => (
        <Stack>
          <Title order={1}>{t('documents.ours.title')}</Title>
          <Text>{t('documents.ours.intro')}</Text>
          {documents.length === 0 ? (
            <Text>{t('documents.ours.none')}</Text>
          ) : (
            documents.map((document) => (
              <Card key={document.id} withBorder padding="sm" component="article" aria-label={document.title}>
                <Stack gap={4}>
                  <Text fw={700}>{document.title}</Text>
                  <Text size="sm" c="dimmed">
                    {t('documents.ours.sharedBy', {
                      name: document.sharedBy,
                      date: formatDate(document.sharedAt),
                    })}
                  </Text>
                  <Anchor href={ourDocumentUrl(document.id)} download={document.fileName}>
                    {t('documents.ours.download', {
                      name: document.fileName,
                      size: sizeOf(document.sizeBytes, i18n.language),
                    })}
                  </Anchor>
                </Stack>
              </Card>
            ))
          )}
        </Stack>
      )}
    </QueryState>
  );
}
