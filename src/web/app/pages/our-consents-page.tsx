import { Container, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OurConsents } from '../../features/consent/components/our-consents';

/** The family's consents and sharing log (R29), at /our-family/consents; the portal's layout will frame it. */
export function OurConsentsPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="md" component="main">
      <Title order={1} size="h2" mb="md">
        {t('ourConsents.title')}
      </Title>
      <OurConsents />
    </Container>
  );
}
