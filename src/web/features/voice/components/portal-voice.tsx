import { Alert, Button, Group, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryDto, PortalVoiceDto } from '../../../../contracts/voice';
import { CORRECTABLE_FIELDS, type CorrectionField, WORDS_SUBJECTS } from '../../../../domain/family-voice';
import { FormDialog } from '../../../components/ui/form-dialog';
import { FormShell } from '../../../components/ui/form-shell';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { formatDate } from '../../../lib/format';
import {
  useAddOurWords,
  useAskCorrection,
  useEditOurWords,
  usePortalVoice,
  useRespondToPlan,
  useSendFamilyMessage,
  useWithdrawOurWords,
} from '../hooks/use-voice';
import { CorrectionList } from './correction-list';
import { EntryList } from './entry-list';
import { MessageThread } from './message-thread';

type Subject = PortalVoiceDto['subjects'][number];
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function useSubjectLabel() {
  const { t } = useTranslation();
  return (s: Subject) =>
    [t(`voice.subject.${s.subject}`), s.on ? formatDate(s.on) : null, s.label ? short(s.label) : null]
      .filter(Boolean)
      .join(' · ');
}

/** The family's voice in its portal (R16): agree or not, our words, corrections, messages. */
export function PortalVoice() {
  const voice = usePortalVoice();
  return <QueryState query={voice}>{(v) => <Voice voice={v} />}</QueryState>;
}

function Voice({ voice }: { voice: PortalVoiceDto }) {
  const { t } = useTranslation();
  const send = useSendFamilyMessage();
  const withdraw = useWithdrawOurWords();
  const [editing, setEditing] = useState<EntryDto | null>(null);
  const [asking, setAsking] = useState(false);
  return (
    <Stack gap="md">
      <Text size="sm">{t('voice.portal.intro')}</Text>
      <AgreementCard voice={voice} />
      <SectionCard title={t('voice.words.title')}>
        <Stack gap="md">
          <WordsForm
            subjects={voice.subjects.filter((s) => (WORDS_SUBJECTS as readonly string[]).includes(s.subject))}
          />
          <EntryList
            entries={voice.entries}
            actions={(e) =>
              e.memberId === voice.memberId ? (
                <Group gap="xs" mt="xs">
                  <Button size="xs" variant="light" onClick={() => setEditing(e)}>
                    {t('voice.words.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    loading={withdraw.isPending && withdraw.variables === e.id}
                    onClick={() => withdraw.mutate(e.id)}
                  >
                    {t('voice.words.withdraw')}
                  </Button>
                </Group>
              ) : null
            }
          />
        </Stack>
      </SectionCard>
      <SectionCard title={t('voice.corrections.title')}>
        <Stack gap="sm">
          <Group>
            <Button variant="light" onClick={() => setAsking(true)} disabled={voice.subjects.length === 0}>
              {t('voice.corrections.ask')}
            </Button>
          </Group>
          <CorrectionList corrections={voice.corrections} />
        </Stack>
      </SectionCard>
      <SectionCard title={t('voice.messages.title')}>
        <MessageThread
          messages={voice.messages}
          mine="family"
          label={t('voice.messages.write')}
          isPending={send.isPending}
          send={(text, done) => send.mutate({ text }, done)}
        />
      </SectionCard>
      {editing ? <EditWordsDialog entry={editing} onClose={() => setEditing(null)} /> : null}
      {asking ? <AskCorrectionDialog subjects={voice.subjects} onClose={() => setAsking(false)} /> : null}
    </Stack>
  );
}

const AGREE_FIELDS = ['planVersion', 'agrees', 'reason'] as const;

function AgreementCard({ voice }: { voice: PortalVoiceDto }) {
  const { t } = useTranslation();
  const respond = useRespondToPlan();
  const problems = useFormProblems(AGREE_FIELDS);
  const [agrees, setAgrees] = useState<'yes' | 'no' | null>(null);
  const [reason, setReason] = useState('');
  const version = voice.currentPlanVersion;
  if (version === null) return null;
  const mine = voice.responses.find((r) => r.memberId === voice.memberId && r.planVersion === version);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!agrees) return;
    problems.clear();
    respond.mutate(
      {
        planVersion: version,
        agrees: agrees === 'yes',
        reason: agrees === 'no' ? reason.trim() || null : null,
      },
      { onError: problems.fromServer },
    );
  };
  return (
    <SectionCard title={t('voice.responses.title')}>
      {mine ? (
        <Alert color={mine.agrees ? 'green' : 'orange'}>
          {t('voice.responses.given', {
            version,
            answer: mine.agrees ? t('voice.responses.agrees') : t('voice.responses.disagrees'),
          })}
        </Alert>
      ) : (
        <FormShell
          onSubmit={submit}
          problems={problems}
          isPending={respond.isPending}
          submitLabel={t('voice.responses.send')}
          isSubmitDisabled={!agrees}
        >
          <Radio.Group
            label={t('voice.responses.ask', { version })}
            value={agrees}
            onChange={(v) => setAgrees(v === 'no' ? 'no' : 'yes')}
            error={problems.fieldError('agrees') ?? problems.fieldError('planVersion')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="yes" label={t('voice.responses.yes')} />
              <Radio value="no" label={t('voice.responses.no')} />
            </Stack>
          </Radio.Group>
          {agrees === 'no' ? (
            <Textarea
              label={t('voice.responses.why')}
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={problems.fieldError('reason')}
            />
          ) : null}
        </FormShell>
      )}
    </SectionCard>
  );
}

const WORDS_FIELDS = ['subject', 'subjectId', 'text'] as const;

function WordsForm({ subjects }: { subjects: Subject[] }) {
  const { t } = useTranslation();
  const label = useSubjectLabel();
  const add = useAddOurWords();
  const problems = useFormProblems(WORDS_FIELDS);
  const [key, setKey] = useState<string | null>(null);
  const [text, setText] = useState('');
  const chosen = subjects.find((s) => `${s.subject}:${s.subjectId}` === key);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!chosen || !text.trim()) return;
    problems.clear();
    add.mutate(
      {
        subject: chosen.subject as (typeof WORDS_SUBJECTS)[number],
        subjectId: chosen.subjectId,
        text: text.trim(),
      },
      {
        onSuccess: () => {
          setText('');
          setKey(null);
        },
        onError: problems.fromServer,
      },
    );
  };
  return (
    <FormShell
      onSubmit={submit}
      problems={problems}
      isPending={add.isPending}
      submitLabel={t('voice.words.save')}
      isSubmitDisabled={!chosen || !text.trim()}
    >
      <Select
        label={t('voice.words.about')}
        data={subjects.map((s) => ({ value: `${s.subject}:${s.subjectId}`, label: label(s) }))}
        value={key}
        onChange={setKey}
        error={problems.fieldError('subjectId') ?? problems.fieldError('subject')}
      />
      <Textarea
        label={t('voice.words.add')}
        autosize
        minRows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={problems.fieldError('text')}
      />
    </FormShell>
  );
}

const EDIT_FIELDS = ['text'] as const;

function EditWordsDialog({ entry, onClose }: { entry: EntryDto; onClose: () => void }) {
  const { t } = useTranslation();
  const edit = useEditOurWords();
  const problems = useFormProblems(EDIT_FIELDS);
  const [text, setText] = useState(entry.text);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    problems.clear();
    edit.mutate(
      { entryId: entry.id, body: { text: text.trim() } },
      { onSuccess: onClose, onError: problems.fromServer },
    );
  };
  return (
    <FormDialog
      title={t('voice.words.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      problems={problems}
      isPending={edit.isPending}
      submitLabel={t('voice.words.save')}
      isSubmitDisabled={!text.trim()}
    >
      <Textarea
        label={t('voice.words.text')}
        autosize
        minRows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={problems.fieldError('text')}
        data-autofocus
      />
    </FormDialog>
  );
}

const ASK_FIELDS = ['subject', 'subjectId', 'field', 'reason', 'proposedText'] as const;

function AskCorrectionDialog({ subjects, onClose }: { subjects: Subject[]; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useSubjectLabel();
  const ask = useAskCorrection();
  const problems = useFormProblems(ASK_FIELDS);
  const [key, setKey] = useState<string | null>(null);
  const [field, setField] = useState<CorrectionField | null>(null);
  const [reason, setReason] = useState('');
  const [proposedText, setProposedText] = useState('');
  const chosen = subjects.find((s) => `${s.subject}:${s.subjectId}` === key);
  const fields: readonly CorrectionField[] = chosen ? CORRECTABLE_FIELDS[chosen.subject] : [];
  const needsField = fields.length > 1;
  const isReady = Boolean(chosen) && reason.trim() !== '' && (!needsField || field !== null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!chosen || !isReady) return;
    problems.clear();
    ask.mutate(
      {
        subject: chosen.subject,
        subjectId: chosen.subjectId,
        field: needsField ? field : null,
        reason: reason.trim(),
        proposedText: proposedText.trim() || null,
      },
      { onSuccess: onClose, onError: problems.fromServer },
    );
  };
  return (
    <FormDialog
      title={t('voice.corrections.askTitle')}
      onClose={onClose}
      onSubmit={submit}
      problems={problems}
      isPending={ask.isPending}
      submitLabel={t('voice.corrections.send')}
      isSubmitDisabled={!isReady}
    >
      <Select
        label={t('voice.corrections.which')}
        required
        data={subjects.map((s) => ({ value: `${s.subject}:${s.subjectId}`, label: label(s) }))}
        value={key}
        onChange={(v) => {
          setKey(v);
          setField(null);
        }}
        error={problems.fieldError('subjectId') ?? problems.fieldError('subject')}
      />
      {needsField ? (
        <Radio.Group
          label={t('voice.corrections.field')}
          required
          value={field}
          onChange={(v) => setField(v as CorrectionField)}
          error={problems.fieldError('field')}
        >
          <Stack gap="xs" mt="xs">
            {fields.map((f) => (
              <Radio key={f} value={f} label={t(`voice.corrections.fields.${f}`)} />
            ))}
          </Stack>
        </Radio.Group>
      ) : null}
      <Textarea
        label={t('voice.corrections.reason')}
        required
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={problems.fieldError('reason')}
      />
      <Textarea
        label={t('voice.corrections.proposal')}
        autosize
        minRows={2}
        value={proposedText}
        onChange={(e) => setProposedText(e.currentTarget.value)}
        error={problems.fieldError('proposedText')}
      />
    </FormDialog>
  );
}
