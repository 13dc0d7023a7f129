import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralDto } from '../../../../../contracts/intake';
import { SectionCard } from '../../../../components/ui/section-card';
import { useReviewDuplicate } from '../../hooks/use-referral';
import { CandidateFamily } from '../candidate-family';

/** A referral that may belong to a known family: link it, or record that it does not. */
export function DuplicateReviewPanel({ referral }: { referral: ReferralDto }) {
  const { t } = useTranslation();
  const review = useReviewDuplicate(referral.id);
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
                onClick={() => review.mutate({ action: 'link', familyId: candidate.familyId })}
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
    </SectionCard>
  );
}
