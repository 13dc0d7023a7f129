import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AgendaItemDto, AgendaItemInput, MeetingDto } from '../../../../contracts/governance/meetings';
import { MAX_ATTACHMENT_BYTES } from '../../../../contracts/governance/meetings';
import { formatDate } from '../../../lib/format';
import {
  addAgendaItem,
  attachDocument,
  documentUrl,
  removeAgendaItem,
  updateAgendaItem,
} from '../api/governance-api';
import { useMeetingMutation } from '../hooks/use-governance';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function ItemRow({ meeting, item, index }: { meeting: MeetingDto; item: AgendaItemDto; index: number }) {
  const { t } = useTranslation();
  const move = useMeetingMutation(meeting.id, (position: number) =>
    updateAgendaItem(meeting.id, item.id, { position }),
  );
  const remove = useMeetingMutation(meeting.id, () => removeAgendaItem(meeting.id, item.id));
  const attach = useMeetingMutation(meeting.id, async (file: File) =>
    attachDocument(meeting.id, item.id, {
      fileName: file.name,
      contentType: file.type || null,
      dataBase64: await toBase64(file),
    }),
  );
  const error = move.error ?? remove.error ?? attach.error;
  const canManage = meeting.canManage;
  return (
    <Stack gap={4} component="li" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={600}>
            {item.number}. {item.title}
            {item.presenter ? ` – ${item.presenter}` : ''}
          </Text>
          <Group gap="xs">
            {item.startsAt ? (
              <Text size="sm" c="dimmed">
                {item.startsAt}
                {item.durationMinutes
                  ? ` · ${t('governance.agenda.minutes', { count: item.durationMinutes })}`
                  : ''}
              </Text>
            ) : null}
            {item.carriedFrom ? (
              <Badge variant="light" color="orange" radius="sm" size="sm">
                {t('governance.agenda.carriedFrom', { date: formatDate(item.carriedFrom.date) })}
              </Badge>
            ) : null}
          </Group>
        </div>
        {canManage ? (
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              disabled={index === 0}
              onClick={() => move.mutate(index - 1)}
              aria-label={t('governance.agenda.moveUp', { title: item.title })}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              disabled={index === meeting.agenda.length - 1}
              onClick={() => move.mutate(index + 1)}
              aria-label={t('governance.agenda.moveDown', { title: item.title })}
            >
              ↓
            </ActionIcon>
            <FileButton
              onChange={(file) => {
                if (file && file.size <= MAX_ATTACHMENT_BYTES) attach.mutate(file);
              }}
            >
              {(props) => (
                <Button {...props} variant="subtle" size="compact-sm" loading={attach.isPending}>
                  {t('governance.agenda.attach')}
                </Button>
              )}
            </FileButton>
            <Button
              variant="subtle"
              c="red.9"
              size="compact-sm"
              onClick={() => remove.mutate(undefined)}
              aria-label={t('governance.agenda.removeNamed', { title: item.title })}
            >
              {t('governance.agenda.remove')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {item.attachments.length > 0 ? (
        <Group gap="sm">
          {item.attachments.map((a) => (
            <Anchor key={a.id} href={documentUrl(a.id)} size="sm">
              📎 {a.fileName}
            </Anchor>
          ))}
        </Group>
      ) : null}
      {error ? (
        <Alert color="red" role="alert" p="xs">
          {error.message}
        </Alert>
      ) : null}
    </Stack>
  );
}

function AddItemForm({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const add = useMeetingMutation(meeting.id, (body: AgendaItemInput) => addAgendaItem(meeting.id, body));
  const form = useForm<{ title: string; presenter: string; durationMinutes: number | string }>({
    initialValues: { title: '', presenter: '', durationMinutes: '' },
    validate: { title: (v) => (v.trim() ? null : t('errors:validation.required')) },
  });
  const submit = form.onSubmit((v) =>
    add.mutate(
      {
        title: v.title,
        presenter: v.presenter || null,
        durationMinutes: typeof v.durationMinutes === 'number' ? v.durationMinutes : null,
      },
      { onSuccess: () => form.reset() },
    ),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.agenda.add')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('governance.agenda.itemTitle')}
          required
          style={{ flex: 2, minWidth: 220 }}
          {...form.getInputProps('title')}
        />
        <TextInput
          label={t('governance.agenda.presenter')}
          style={{ flex: 1, minWidth: 160 }}
          {...form.getInputProps('presenter')}
        />
        <NumberInput
          label={t('governance.agenda.duration')}
          min={1}
          max={600}
          w={130}
          {...form.getInputProps('durationMinutes')}
        />
        <Button type="submit" variant="light" loading={add.isPending}>
          {t('governance.agenda.add')}
        </Button>
      </Group>
    </form>
  );
}

/** The agenda: item 1 (previous minutes) is fixed; the rest can be added, moved, removed and get files. */
export function AgendaEditor({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Stack gap={0} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {meeting.previousMeeting ? (
          <Stack
            gap={4}
            component="li"
            py="xs"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            <Text fw={600}>
              1. {t('governance.minutes.previousTitle', { date: formatDate(meeting.previousMeeting.date) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('governance.agenda.followUpCount', { count: meeting.followUpTodos.length })}
            </Text>
          </Stack>
        ) : null}
        {meeting.agenda.map((item, index) => (
          <ItemRow key={item.id} meeting={meeting} item={item} index={index} />
        ))}
      </Stack>
      {meeting.agenda.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('governance.agenda.empty')}
        </Text>
      ) : null}
      {meeting.canManage ? <AddItemForm meeting={meeting} /> : null}
    </Stack>
  );
}
