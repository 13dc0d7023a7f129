// Issue 13 point 2 (ADR 052), the worker's side: the file's documents, kept in the file, marked
// for R28 (for the court; withheld, with the reason) and shared with the family one by one.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyDocumentDto } from '../../../../contracts/documents';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDateTime } from '../../../lib/format';
import { familyDocumentUrl } from '../api/documents-api';
import {
  useFamilyDocuments,
  useMarkDocument,
  useShareDocument,
  useUploadDocument,
} from '../hooks/use-family-documents';

/** The bytes as base64, as the upload route takes them (one JSON body, ADR 052). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function FamilyDocumentsCard({ familyId, canWrite }: { familyId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const documents = useFamilyDocuments(familyId);
  return (
    <SectionCard title={t('familyDocuments.title')}>
      <Text size="sm" mb="sm">
        {t('familyDocuments.intro')}
      </Text>
      <Stack gap="sm">
        {canWrite ? <UploadForm familyId={familyId} /> : null}
        <QueryState query={documents}>
          {(list: FamilyDocumentDto[]) =>
            list.length === 0 ? (
              <Text size="sm">{t('familyDocuments.none')}</Text>
            ) : (
              <Stack gap="sm">
                {list.map((d) => (
                  <DocumentRow key={d.id} familyId={familyId} document={d} canWrite={canWrite} />
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </SectionCard>
  );
}

function UploadForm({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const upload = useUploadDocument(familyId);
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const submit = async () => {
    if (!file) return;
    upload.mutate(
      { title: title.trim() || file.name, fileName: file.name, contentBase64: await base64Of(file) },
      {
        onSuccess: () => {
          setTitle('');
          setFile(null);
        },
      },
    );
  };
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Group grow align="flex-end" wrap="wrap">
          <FileInput
            label={t('familyDocuments.file')}
            description={t('familyDocuments.fileHint')}
            value={file}
            onChange={setFile}
            clearable
          />
          <TextInput
            label={t('familyDocuments.documentTitle')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            maxLength={200}
          />
        </Group>
        {upload.error ? (
          <Alert color="red" role="alert">
            {upload.error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button onClick={() => void submit()} disabled={!file} loading={upload.isPending}>
            {t('familyDocuments.upload')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function DocumentRow({
  familyId,
  document: d,
  canWrite,
}: {
  familyId: string;
  document: FamilyDocumentDto;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const share = useShareDocument(familyId);
  const [marking, setMarking] = useState(false);
  const marked = d.forCourt || Boolean(d.withheldReason);
  const error = share.error;
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={d.title}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Anchor href={familyDocumentUrl(familyId, d.id)} download fw={600}>
              {d.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('familyDocuments.uploaded', { name: d.uploadedBy, when: formatDateTime(d.uploadedAt) })}
            </Text>
          </Stack>
          <Group gap={4}>
            {d.forCourt ? <Badge color="red">{t('familyDocuments.forCourt')}</Badge> : null}
            {d.withheldReason ? <Badge color="orange">{t('familyDocuments.withheld')}</Badge> : null}
            {d.sharedAt ? (
              <Badge color="green">{t('familyDocuments.shared')}</Badge>
            ) : (
              <Badge color="gray">{t('familyDocuments.notShared')}</Badge>
            )}
          </Group>
        </Group>
        {d.withheldReason ? (
          <Text size="sm">{t('familyDocuments.withheldBecause', { reason: d.withheldReason })}</Text>
        ) : null}
        {d.sharedAt && d.sharedBy ? (
          <Text size="xs" c="dimmed">
            {t('familyDocuments.sharedBy', { name: d.sharedBy, when: formatDateTime(d.sharedAt) })}
          </Text>
        ) : null}
        {canWrite ? (
          <Group gap="xs">
            {/* R28: a marked document is never shown to the family, so it cannot be shared. */}
            <Button
              size="xs"
              variant="light"
              disabled={!d.sharedAt && marked}
              loading={share.isPending}
              onClick={() => share.mutate({ document: d, share: !d.sharedAt })}
            >
              {d.sharedAt ? t('familyDocuments.unshare') : t('familyDocuments.share')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setMarking((open) => !open)}>
              {t('familyDocuments.marks')}
            </Button>
          </Group>
        ) : null}
        {error ? (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        ) : null}
        {marking ? <MarkForm familyId={familyId} document={d} onDone={() => setMarking(false)} /> : null}
      </Stack>
    </Paper>
  );
}

function MarkForm({
  familyId,
  document: d,
  onDone,
}: {
  familyId: string;
  document: FamilyDocumentDto;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mark = useMarkDocument(familyId);
  const [forCourt, setForCourt] = useState(d.forCourt);
  const [withhold, setWithhold] = useState(Boolean(d.withheldReason));
  const [reason, setReason] = useState(d.withheldReason ?? '');
  const save = () =>
    mark.mutate(
      {
        id: d.id,
        body: { baseVersion: d.version, forCourt, withheldReason: withhold ? reason.trim() : null },
      },
      { onSuccess: onDone },
    );
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('familyDocuments.markForCourt')}
        checked={forCourt}
        onChange={(event) => setForCourt(event.currentTarget.checked)}
      />
      <Checkbox
        label={t('familyDocuments.markWithheld')}
        checked={withhold}
        onChange={(event) => setWithhold(event.currentTarget.checked)}
      />
      {withhold ? (
        <Textarea
          label={t('familyDocuments.reason')}
          required
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
        />
      ) : null}
      <Text size="xs" c="dimmed">
        {t('familyDocuments.markHint')}
      </Text>
      {mark.error ? (
        <Alert color="red" role="alert">
          {mark.error.message}
        </Alert>
      ) : null}
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button size="xs" onClick={save} loading={mark.isPending} disabled={withhold && reason.trim() === ''}>
          {t('familyDocuments.saveMarks')}
        </Button>
      </Group>
    </Stack>
  );
}
