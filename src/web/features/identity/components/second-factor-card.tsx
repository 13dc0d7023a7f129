import { Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/ui/section-card';
import { useSecondFactorStatus } from '../hooks/use-second-factor';
import { EnrolmentForm } from './enrolment-form';

/** The signed-in person's authenticator: whether it is linked, and linking (again). */
export function SecondFactorCard() {
  const { t } = useTranslation();
  const status = useSecondFactorStatus();
  const [isEnrolling, setIsEnrolling] = useState(false);
  // Linked, with the recovery codes still on screen: the status is fetched again only after them,
  // but the badge must not say "not linked" beside "linked" meanwhile.
  const [justLinked, setJustLinked] = useState(false);
  const data = status.data && justLinked ? { ...status.data, isEnrolled: true } : status.data;
  return (
    <SectionCard title={t('secondFactor.title')}>
      {data ? (
        <Group gap="xs" mb="sm">
          <Badge color={data.isEnrolled ? 'green' : data.isRequired ? 'red' : 'gray'}>
            {data.isEnrolled ? t('secondFactor.isOn') : t('secondFactor.isOff')}
          </Badge>
          {data.isEnrolled && !justLinked ? (
            <Text size="sm">{t('secondFactor.codesLeft', { count: data.recoveryCodesLeft })}</Text>
          ) : null}
          {data.isRequired ? <Text size="sm">{t('secondFactor.required')}</Text> : null}
        </Group>
      ) : null}
      {isEnrolling || justLinked || !data?.isEnrolled ? (
        <EnrolmentForm
          onLinked={() => setJustLinked(true)}
          onDone={() => {
            setIsEnrolling(false);
            void status.refetch().then(() => setJustLinked(false));
          }}
        />
      ) : (
        // A real button, dark enough to read (WCAG 1.4.3) and big enough to tap in the family's portal.
        <Button variant="subtle" size="sm" c="blue.9" px={0} onClick={() => setIsEnrolling(true)}>
          {t('secondFactor.reEnrol')}
        </Button>
      )}
    </SectionCard>
  );
}
