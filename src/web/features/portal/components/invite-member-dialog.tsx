// Issue 13 point 1 (ADR 044): the worker invites a parent or a young person from 12 to their own
// account, by an e-mailed link or by a one-time code handed over at a home visit. The code is
// shown this once; with it, an instruction sheet in the family's language to print.
import { Alert, Button, Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../contracts/common';
import type { FamilyAccountDto, FamilyInvitationDto } from '../../../../contracts/portal';
import { FormDialog } from '../../../components/ui/form-dialog';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { formatDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useInviteFamilyMember, useRecordInstructionSheet } from '../hooks/use-family-accounts';
import { InstructionSheet, type InstructionSheetFacts } from './instruction-sheet';

const NATIVE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English', fr: 'Français' };
const FIELDS = ['method', 'email', 'locale', 'memberId'] as const;

export type Invitee = { memberId: string; name: string; account: FamilyAccountDto | null };

export function InviteMemberDialog({
  familyId,
  invitee,
  onClose,
}: {
  familyId: string;
  invitee: Invitee;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const invite = useInviteFamilyMember(familyId);
  const problems = useFormProblems(FIELDS);
  const before = invitee.account?.signInWith ?? null;
  // A member invited before keeps the way they sign in: an address, or a sign-in name and a code.
  const [method, setMethod] = useState<'email' | 'code'>(before && !before.includes('@') ? 'code' : 'email');
  const [email, setEmail] = useState(before?.includes('@') ? before : '');
  const [locale, setLocale] = useState<Locale>('nl');
  const [answer, setAnswer] = useState<FamilyInvitationDto | null>(null);
  if (answer?.code)
    return (
      <CodeHandOver familyId={familyId} invitee={invitee} answer={answer} locale={locale} onClose={onClose} />
    );
  const isReady = method === 'code' || email.trim() !== '';
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!isReady) return;
    problems.clear();
    invite.mutate(
      {
        memberId: invitee.memberId,
        body: method === 'email' ? { method, email: email.trim(), locale } : { method, locale },
      },
      { onSuccess: (a) => (a.code ? setAnswer(a) : onClose()), onError: problems.fromServer },
    );
  };
  return (
    <FormDialog
      title={t('familyAccounts.invite.title', { name: invitee.name })}
      onClose={onClose}
      onSubmit={submit}
      problems={problems}
      isPending={invite.isPending}
      submitLabel={t('familyAccounts.invite.submit')}
      isSubmitDisabled={!isReady}
    >
      <Radio.Group
        label={t('familyAccounts.invite.how')}
        value={method}
        onChange={(v) => setMethod(v === 'code' ? 'code' : 'email')}
        error={problems.fieldError('method')}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="email" label={t('familyAccounts.invite.byEmail')} />
          <Radio value="code" label={t('familyAccounts.invite.byCode')} />
        </Stack>
      </Radio.Group>
      {method === 'email' ? (
        <TextInput
          label={t('familyAccounts.invite.email')}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={problems.fieldError('email')}
        />
      ) : null}
      <Select
        label={t('familyAccounts.invite.language')}
        description={t('familyAccounts.invite.languageHint')}
        data={LOCALES.map((l) => ({ value: l, label: NATIVE_NAMES[l] }))}
        value={locale}
        onChange={(v) => v && setLocale(v as Locale)}
        allowDeselect={false}
        error={problems.fieldError('locale')}
      />
      {problems.fieldError('memberId') ? (
        <Alert color="red" role="alert">
          {problems.fieldError('memberId')}
        </Alert>
      ) : null}
    </FormDialog>
  );
}

/** The code, this once, and its sheet: printed from a copy outside the dialog (print CSS). */
function CodeHandOver({
  familyId,
  invitee,
  answer,
  locale,
  onClose,
}: {
  familyId: string;
  invitee: Invitee;
  answer: FamilyInvitationDto;
  locale: Locale;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const printed = useRecordInstructionSheet(familyId);
  const [phone, setPhone] = useState('');
  const facts: InstructionSheetFacts = {
    locale,
    name: invitee.name,
    signInName: answer.account.signInWith,
    code: answer.code ?? '',
    expiresAt: answer.expiresAt,
    address: `${window.location.origin}/invitation`,
    worker: session?.user.displayName ?? '',
    organisation: session?.user.organisation?.name ?? null,
    phone,
  };
  const print = () =>
    printed.mutate({ memberId: invitee.memberId, body: { locale } }, { onSuccess: () => window.print() });
  return (
    <LabelledModal
      opened
      onClose={onClose}
      title={t('familyAccounts.code.title', { name: invitee.name })}
      size="lg"
    >
      <Stack gap="md">
        <Alert color="orange">{t('familyAccounts.code.once')}</Alert>
        <Group gap="xl">
          <div>
            <Text size="sm" c="dimmed">
              {t('familyAccounts.code.signInName')}
            </Text>
            <Text fw={700} ff="monospace">
              {answer.account.signInWith}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('familyAccounts.code.code')}
            </Text>
            <Text fw={700} ff="monospace" fz="xl" data-testid="invitation-code">
              {answer.code}
            </Text>
          </div>
        </Group>
        <Text size="sm">{t('familyAccounts.code.until', { when: formatDateTime(answer.expiresAt) })}</Text>
        <TextInput
          label={t('familyAccounts.code.phone')}
          description={t('familyAccounts.code.phoneHint')}
          type="tel"
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
        />
        <Stack
          component="section"
          aria-label={t('familyAccounts.code.preview')}
          p="md"
          style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
        >
          <InstructionSheet facts={facts} />
        </Stack>
        {printed.error ? (
          <Alert color="red" role="alert">
            {printed.error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('familyAccounts.code.done')}
          </Button>
          <Button onClick={print} loading={printed.isPending}>
            {t('familyAccounts.code.print')}
          </Button>
        </Group>
      </Stack>
      {createPortal(
        <div className="print-root" aria-hidden="true">
          <InstructionSheet facts={facts} />
        </div>,
        document.body,
      )}
    </LabelledModal>
  );
}
