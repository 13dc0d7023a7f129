import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FamilyRestrictedDetails, familyRestrictedDetails } from '../../../../contracts/families';
import { isApiError } from '../../../lib/api';
import { useJourneyLabels } from '../../../lib/journey-labels';

/** The details of a 403 FAMILY_FILE_RESTRICTED, or null for any other error. */
export function restrictedDetailsOf(error: unknown): FamilyRestrictedDetails | null {
  if (!isApiError(error, 'FAMILY_FILE_RESTRICTED')) return null;
  const parsed = familyRestrictedDetails.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

/** Someone of the team without a relationship: the family exists, and whom to ask. */
export function RestrictedFamily({ details }: { details: FamilyRestrictedDetails }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  return (
    <Alert
      color="blue"
      title={t('family.restricted.title', { family: details.label ?? t('family.anonymous') })}
    >
      <Text size="sm" mb="xs">
        {t('family.restricted.text')}
      </Text>
      <Text size="sm" fw={600}>
        {t('family.restricted.askWho')}
      </Text>
      <List size="sm">
        {details.askWho.map((p) => (
          <List.Item key={p.id}>
            {p.displayName} ({p.roles.map(labels.role).join(', ')})
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
