import { Alert, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SECOND_FACTOR_RULES, type SecondFactorRule } from '../../../../contracts/identity';
import { SectionCard } from '../../../components/ui/section-card';
import { useSaveSecondFactorPolicy, useSecondFactorPolicy } from '../hooks/use-second-factor-policy';

/** Who must sign in with a second factor in the collaboration (ADR 036); saved on choice. */
export function SecondFactorPolicyCard() {
  const { t } = useTranslation();
  const policy = useSecondFactorPolicy();
  const save = useSaveSecondFactorPolicy();
  return (
    <SectionCard title={t('secondFactorPolicy.title')}>
      {save.error ? (
        <Alert color="red" role="alert" mb="sm">
          {save.error.message}
        </Alert>
      ) : null}
      <Radio.Group
        label={t('secondFactorPolicy.label')}
        value={save.variables?.requiredFor ?? policy.data?.requiredFor ?? null}
        onChange={(value) => save.mutate({ requiredFor: value as SecondFactorRule })}
      >
        <Stack gap="xs" mt="xs">
          {SECOND_FACTOR_RULES.map((rule) => (
            <Radio
              key={rule}
              value={rule}
              label={t(`secondFactorPolicy.rules.${rule}`)}
              disabled={save.isPending}
            />
          ))}
        </Stack>
      </Radio.Group>
    </SectionCard>
  );
}
