import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDto } from '../../../../../contracts/intake';
import { LabelledModal } from '../../../../components/ui/labelled-modal';
import { SectionCard } from '../../../../components/ui/section-card';
import { useReviewDuplicate } from '../../hooks/use-referral';
import { CandidateFamily } from '../candidate-family';

/** A referral that may belong to a known family: link it, or record that it does not. */
export function DuplicateReviewPanel({ referral }: { referral: ReferralDto }) {
  const { t } = useTranslation();
  const review = useReviewDuplicate(referral.id);
  // R17: linking merges this referral's file into the known one: confirm what that means.
  const [linkTo, setLinkTo] = useState<string | null>(null);
  return (
    <SectionCard title={t('duplicates.reviewTitle')}>
      <Stack gap="sm">
        <Text size="sm">{t('duplicates.reviewIntro')}</Text>
        {review.error ? (
          <Alert color="red" role="alert">
            {review.error.message}
          </Alert>
        ) : null}
        {referral.possibleDuplicates.map((candidate) => (
          <CandidateFamily
            key={candidate.familyId}
            candidate={candidate}
            actions={
              <Button
                size="compact-sm"
                loading={review.isPending}
                onClick={() => setLinkTo(candidate.familyId)}
              >
                {t('duplicates.link')}
              </Button>
            }
          />
        ))}
        <div>
          <Button
            variant="default"
            loading={review.isPending}
            onClick={() => review.mutate({ action: 'dismiss' })}
          >
            {t('duplicates.dismiss')}
          </Button>
        </div>
      </Stack>
      <LabelledModal opened={linkTo !== null} onClose={() => setLinkTo(null)} title={t('family.merge.title')}>
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {t('family.merge.whatHappens')}
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('family.merge.moves', { family: t('duplicates.knownFamily') })}</List.Item>
            <List.Item>{t('family.merge.plan')}</List.Item>
            <List.Item>{t('family.merge.kept')}</List.Item>
            <List.Item>{t('family.merge.audited')}</List.Item>
          </List>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setLinkTo(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="orange"
              loading={review.isPending}
              onClick={() =>
                linkTo &&
                review.mutate({ action: 'link', familyId: linkTo }, { onSettled: () => setLinkTo(null) })
              }
            >
              {t('duplicates.link')}
            </Button>
          </Group>
        </Stack>
      </LabelledModal>
    </SectionCard>
  );
}
