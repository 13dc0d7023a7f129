import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MunicipalitySelect } from '../../../../components/reference/municipality-select';
import { SectionCard } from '../../../../components/ui/section-card';
import { useServedZones } from '../../../../lib/reference-data';
import { useCan } from '../../../../lib/session';
import { useDuplicateCheck } from '../../hooks/use-duplicate-check';
import { DuplicateAlert } from './duplicate-alert';
import { duplicateCheckInput, newMember, type ReferralFormValues } from './form-values';
import { MemberFieldset } from './member-fieldset';

type SectionProps = { form: UseFormReturnType<ReferralFormValues> };

function ZoneHint({ form }: SectionProps) {
  const { t } = useTranslation();
  const served = useServedZones();
  const zone = form.values.municipality?.primaryCareZone;
  if (!zone) return null;
  const isOutside = served.data !== undefined && !served.data.some((z) => z.code === zone.code);
  return (
    <Text size="sm" c={isOutside ? 'orange.9' : 'dimmed'}>
      {t('referralForm.family.zone', { zone: zone.name })}
      {isOutside ? ` — ${t('referralForm.family.outsideRegion')}` : ''}
    </Text>
  );
}

export function FamilySection({ form }: SectionProps) {
  const { t } = useTranslation();
  const mayCheck = useCan('referral:decide');
  const [dismissed, setDismissed] = useState<string[]>([]);
  const { candidates } = useDuplicateCheck(duplicateCheckInput(form.values), mayCheck);
  const linked = form.values.linkToFamilyId;
  const shown = linked ? [] : candidates.filter((c) => !dismissed.includes(c.familyId));

  return (
    <SectionCard title={t('referralForm.family.title')}>
      <Stack gap="sm">
        <MunicipalitySelect
          label={t('referralForm.family.municipality')}
          description={t('referralForm.family.municipalityHint')}
          required
          maw={480}
          value={form.values.municipality}
          onChange={(municipality) => form.setFieldValue('municipality', municipality)}
          error={form.errors.municipality}
        />
        <ZoneHint form={form} />
        <Text size="sm" c="dimmed">
          {t('referralForm.family.anonymousHint')}
        </Text>
        <TextInput
          label={t('referralForm.family.pseudonym')}
          description={t('referralForm.family.pseudonymHint')}
          maw={480}
          {...form.getInputProps('pseudonym')}
        />
        {form.values.members.map((member, index) => (
          <MemberFieldset
            key={member.key}
            form={form}
            index={index}
            canRemove={form.values.members.length > 1}
          />
        ))}
        {form.errors.members ? (
          <Text size="sm" c="red.9" role="alert">
            {form.errors.members}
          </Text>
        ) : null}
        <Group>
          <Button variant="light" onClick={() => form.insertListItem('members', newMember('parent'))}>
            {t('referralForm.family.addMember')}
          </Button>
        </Group>
        {linked ? (
          <Alert color="blue" title={t('duplicates.linkedTitle')} role="status">
            <Group justify="space-between">
              <Text size="sm">{t('duplicates.linkedText')}</Text>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => form.setFieldValue('linkToFamilyId', null)}
              >
                {t('duplicates.unlink')}
              </Button>
            </Group>
          </Alert>
        ) : null}
        <DuplicateAlert
          candidates={shown}
          onLink={(familyId) => form.setFieldValue('linkToFamilyId', familyId)}
          onDismiss={(familyId) => setDismissed((ids) => [...ids, familyId])}
        />
      </Stack>
    </SectionCard>
  );
}
