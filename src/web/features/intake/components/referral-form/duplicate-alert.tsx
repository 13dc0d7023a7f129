import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PossibleDuplicateDto } from '../../../../../contracts/intake';
import { CandidateFamily } from '../candidate-family';

type DuplicateAlertProps = {
  candidates: PossibleDuplicateDto[];
  onLink: (familyId: string) => void;
  onDismiss: (familyId: string) => void;
};

/** Families that may be this one: link to one of them, or say it is not a duplicate. */
export function DuplicateAlert({ candidates, onLink, onDismiss }: DuplicateAlertProps) {
  const { t } = useTranslation();
  if (candidates.length === 0) return null;
  return (
    <Alert color="orange" title={t('duplicates.title', { count: candidates.length })} role="status">
      <Text size="sm" mb="sm">
        {t('duplicates.intro')}
      </Text>
      <Stack gap="sm">
        {candidates.map((candidate) => (
          <CandidateFamily
            key={candidate.familyId}
            candidate={candidate}
            actions={
              <>
                <Button size="compact-sm" onClick={() => onLink(candidate.familyId)}>
                  {t('duplicates.link')}
                </Button>
                <Button size="compact-sm" variant="default" onClick={() => onDismiss(candidate.familyId)}>
                  {t('duplicates.dismiss')}
                </Button>
              </>
            }
          />
        ))}
      </Stack>
    </Alert>
  );
}
