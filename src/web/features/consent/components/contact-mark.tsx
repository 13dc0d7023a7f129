// R27, R28 beside a contact of the file: what the worker marked (never shown to the family — a
// document for the court, withheld with the reason, or one of the contact's own R28 reasons —, a
// young person's own part, kept from named members), and the dialog that sets it. The marks are
// the worker's: the family's views, copies and exports read them and never show them.
import { Badge, Button, Group, MultiSelect, Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarkDto } from '../../../../contracts/consent';
import { NEVER_SHOWN_REASONS, type NeverShownReason } from '../../../../domain/family-visibility';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { useContactMarks, useMarkContact } from '../hooks/use-consent';

export type MarkMember = { id: string; role: string; name: string };

const FIELDS = ['neverShown', 'withheldReason', 'ownerMemberId', 'notForMemberIds', 'contactId'] as const;

export function ContactMark({
  familyId,
  contactId,
  members,
  canWrite,
}: {
  familyId: string;
  contactId: string;
  members: MarkMember[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const marks = useContactMarks(familyId);
  const [isEditing, setEditing] = useState(false);
  const mark = marks.data?.find((m) => m.itemId === contactId) ?? null;
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? '—';
  return (
    <Group gap="xs" mt={4} wrap="wrap">
      {mark?.neverShown ? (
        <Badge color="red" variant="light" radius="sm">
          {t('marks.neverShownBadge', { reason: t(`codes:neverShownReason.${mark.neverShown}`) })}
        </Badge>
      ) : null}
      {mark?.ownerMemberId ? (
        <Badge color="grape" variant="light" radius="sm">
          {t('marks.ownerBadge', { name: nameOf(mark.ownerMemberId) })}
        </Badge>
      ) : null}
      {mark && mark.notForMemberIds.length > 0 ? (
        <Badge color="orange" variant="light" radius="sm">
          {t('marks.notForBadge', { names: mark.notForMemberIds.map(nameOf).join(', ') })}
        </Badge>
      ) : null}
      {canWrite && marks.data ? (
        <Button size="compact-sm" variant="subtle" c="blue.9" onClick={() => setEditing(true)}>
          {t('marks.edit')}
        </Button>
      ) : null}
      {isEditing ? (
        <MarkDialog
          familyId={familyId}
          contactId={contactId}
          mark={mark}
          members={members}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </Group>
  );
}

function MarkDialog({
  familyId,
  contactId,
  mark,
  members,
  onClose,
}: {
  familyId: string;
  contactId: string;
  mark: MarkDto | null;
  members: MarkMember[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useMarkContact(familyId);
  const problems = useFormProblems(FIELDS);
  const [neverShown, setNeverShown] = useState<NeverShownReason | null>(mark?.neverShown ?? null);
  const [withheldReason, setWithheldReason] = useState(mark?.withheldReason ?? '');
  const [ownerMemberId, setOwner] = useState<string | null>(mark?.ownerMemberId ?? null);
  const [notFor, setNotFor] = useState<string[]>(mark?.notForMemberIds ?? []);
  const needsReason = neverShown === 'withheldByWorker';
  const isReady = !needsReason || withheldReason.trim() !== '';
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!isReady) return;
    problems.clear();
    save.mutate(
      {
        contactId,
        body: {
          neverShown,
          withheldReason: needsReason ? withheldReason.trim() : null,
          ownerMemberId,
          notForMemberIds: notFor,
          // ADR 020: 0 for a contact not marked before.
          baseVersion: mark?.version ?? 0,
        },
      },
      { onSuccess: onClose, onError: problems.fromServer },
    );
  };
  return (
    <FormDialog
      title={t('marks.title')}
      onClose={onClose}
      onSubmit={submit}
      problems={problems}
      isPending={save.isPending}
      isSubmitDisabled={!isReady}
    >
      <Select
        label={t('marks.neverShown')}
        description={t('marks.neverShownHint')}
        placeholder={t('marks.shown')}
        clearable
        data={NEVER_SHOWN_REASONS.map((r) => ({ value: r, label: t(`codes:neverShownReason.${r}`) }))}
        value={neverShown}
        onChange={(v) => setNeverShown(v as NeverShownReason | null)}
        error={problems.fieldError('neverShown')}
      />
      {needsReason ? (
        <Textarea
          label={t('marks.withheldReason')}
          required
          autosize
          minRows={2}
          value={withheldReason}
          onChange={(e) => setWithheldReason(e.currentTarget.value)}
          error={problems.fieldError('withheldReason')}
        />
      ) : null}
      <Select
        label={t('marks.owner')}
        description={t('marks.ownerHint')}
        clearable
        data={members.filter((m) => m.role === 'child').map((m) => ({ value: m.id, label: m.name }))}
        value={ownerMemberId}
        onChange={setOwner}
        error={problems.fieldError('ownerMemberId')}
      />
      <MultiSelect
        label={t('marks.notFor')}
        description={t('marks.notForHint')}
        data={members.map((m) => ({ value: m.id, label: m.name }))}
        value={notFor}
        onChange={setNotFor}
        error={problems.fieldError('notForMemberIds')}
      />
    </FormDialog>
  );
}
