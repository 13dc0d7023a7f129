// R31: a referral that started under a pseudonym (a crisis consultation, often) gets the family's
// identity once the family agrees to be known. The card says so while the family is anonymous,
// and afterwards who added the identity and when; the figures counted the family from the start.
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDto } from '../../../../../contracts/intake';
import { todayIso } from '../../../../../domain/dates';
import { DateField } from '../../../../components/ui/date-field';
import { FormDialog } from '../../../../components/ui/form-dialog';
import { SectionCard } from '../../../../components/ui/section-card';
import { useFormProblems } from '../../../../components/ui/use-form-problems';
import { formatDateTime } from '../../../../lib/format';
import { useJourneyLabels } from '../../../../lib/journey-labels';
import { useAddFamilyIdentity } from '../../hooks/use-referral';

type Member = ReferralDto['members'][number];
type Row = { givenName: string; familyName: string; birthDate: string | null };

export function FamilyIdentityCard({ referral, canDecide }: { referral: ReferralDto; canDecide: boolean }) {
  const { t } = useTranslation();
  const [isAdding, setAdding] = useState(false);
  if (referral.pseudonym === null && !referral.identity) return null;
  return (
    <SectionCard title={t('familyIdentity.title')}>
      {referral.identity ? (
        <Text size="sm">
          {t('familyIdentity.added', {
            when: formatDateTime(referral.identity.addedAt),
            by: referral.identity.addedBy ?? '—',
          })}
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('familyIdentity.anonymous', { pseudonym: referral.pseudonym })}</Text>
          {canDecide ? (
            <Button variant="light" onClick={() => setAdding(true)}>
              {t('familyIdentity.add')}
            </Button>
          ) : null}
        </Stack>
      )}
      {isAdding ? <IdentityDialog referral={referral} onClose={() => setAdding(false)} /> : null}
    </SectionCard>
  );
}

function IdentityDialog({ referral, onClose }: { referral: ReferralDto; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const add = useAddFamilyIdentity(referral.id);
  const problems = useFormProblems(['members']);
  // The versions come from the referral as loaded now: after a 409 it is fetched again (ADR 020)
  // and the next save starts from there, with what the worker typed kept.
  const members = referral.members;
  const [rows, setRows] = useState<Record<string, Row>>(() => rowsOf(referral.members));
  const set = (id: string, patch: Partial<Row>) =>
    setRows((r) => ({ ...r, [id]: { ...(r[id] as Row), ...patch } }));
  const isReady = Object.values(rows).some((r) => r.givenName.trim() || r.familyName.trim());
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!isReady) return;
    problems.clear();
    add.mutate(
      {
        members: members.map((m) => {
          const row = rows[m.id] as Row;
          return {
            id: m.id,
            baseVersion: m.version,
            givenName: row.givenName.trim() || null,
            familyName: row.familyName.trim() || null,
            birthDate: row.birthDate,
          };
        }),
      },
      { onSuccess: onClose, onError: problems.fromServer },
    );
  };
  return (
    <FormDialog
      title={t('familyIdentity.dialog')}
      onClose={onClose}
      onSubmit={submit}
      problems={problems}
      isPending={add.isPending}
      submitLabel={t('familyIdentity.submit')}
      isSubmitDisabled={!isReady}
    >
      <Text size="sm">{t('familyIdentity.hint')}</Text>
      {members.map((m, index) => {
        const row = rows[m.id] as Row;
        const who = `${labels.memberRole(m.role)} ${index + 1}`;
        return (
          <Stack key={m.id} gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} size="sm">
              {who}
            </Text>
            <TextInput
              label={t('familyIdentity.givenName', { who })}
              value={row.givenName}
              onChange={(e) => set(m.id, { givenName: e.currentTarget.value })}
            />
            <TextInput
              label={t('familyIdentity.familyName', { who })}
              value={row.familyName}
              onChange={(e) => set(m.id, { familyName: e.currentTarget.value })}
            />
            <DateField
              label={t('familyIdentity.birthDate', { who })}
              maxDate={todayIso()}
              value={row.birthDate}
              onChange={(birthDate) => set(m.id, { birthDate })}
            />
          </Stack>
        );
      })}
    </FormDialog>
  );
}

function rowsOf(members: Member[]): Record<string, Row> {
  return Object.fromEntries(
    members.map((m) => [
      m.id,
      { givenName: m.givenName ?? '', familyName: m.familyName ?? '', birthDate: m.birthDate },
    ]),
  );
}
