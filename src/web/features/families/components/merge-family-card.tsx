import { Alert, Button, Group, List, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFileDto, MergeCandidateDto } from '../../../../contracts/families';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { personName } from '../../../lib/journey-labels';
import { useMergeCandidates, useMergeFamily } from '../hooks/use-family';

function describe(candidate: MergeCandidateDto, anonymous: string) {
  const people = candidate.members
    .map((m) => [personName(m), m.birthDate ? formatDate(m.birthDate) : null].filter(Boolean).join(', '))
    .join('; ');
  return `${candidate.label ?? anonymous} — ${people}`;
}

/**
 * R17, one family, one plan: the coordinator merges another file of the same family into this
 * one, after a confirmation that says what happens (the plans fold into a new version that the
 * family agrees to anew; the other file stays as history and points here).
 */
export function MergeFamilyCard({ file }: { file: FamilyFileDto }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  const candidates = useMergeCandidates(file.id, open);
  const merge = useMergeFamily(file.id);
  const chosen = candidates.data?.find((c) => c.familyId === choice);
  const close = () => {
    setOpen(false);
    setChoice(null);
    merge.reset();
  };
  return (
    <SectionCard title={t('family.merge.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('family.merge.intro')}</Text>
        <div>
          <Button variant="default" onClick={() => setOpen(true)}>
            {t('family.merge.open')}
          </Button>
        </div>
      </Stack>
      <LabelledModal opened={open} onClose={close} title={t('family.merge.title')} size="lg">
        <Stack gap="sm">
          {candidates.isLoading ? <Text size="sm">{t('common.loading')}</Text> : null}
          {candidates.data?.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('family.merge.none')}
            </Text>
          ) : null}
          {candidates.data && candidates.data.length > 0 ? (
            <Radio.Group label={t('family.merge.choose')} value={choice} onChange={setChoice}>
              <Stack gap={6} mt="xs">
                {candidates.data.map((c) => (
                  <Radio key={c.familyId} value={c.familyId} label={describe(c, t('family.anonymous'))} />
                ))}
              </Stack>
            </Radio.Group>
          ) : null}
          {chosen ? (
            <Alert color="orange" title={t('family.merge.whatHappens')}>
              <List size="sm" spacing={4}>
                <List.Item>
                  {t('family.merge.moves', { family: file.label ?? t('family.anonymous') })}
                </List.Item>
                <List.Item>{t('family.merge.plan')}</List.Item>
                <List.Item>{t('family.merge.kept')}</List.Item>
                <List.Item>{t('family.merge.audited')}</List.Item>
              </List>
            </Alert>
          ) : null}
          {merge.error ? (
            <Alert color="red" role="alert">
              {merge.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="orange"
              disabled={!chosen}
              loading={merge.isPending}
              onClick={() =>
                chosen &&
                merge.mutate(chosen.familyId, {
                  onSuccess: () => {
                    close();
                    notifications.show({ color: 'green', message: t('family.merge.done') });
                  },
                })
              }
            >
              {t('family.merge.confirm')}
            </Button>
          </Group>
        </Stack>
      </LabelledModal>
    </SectionCard>
  );
}
