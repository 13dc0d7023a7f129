import { Alert, Button, Group, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_OUTCOMES, type DecisionBody, type ReferralDto } from '../../../../../contracts/intake';
import { todayIso } from '../../../../../domain/dates';
import { DateField } from '../../../../components/ui/date-field';
import { SectionCard } from '../../../../components/ui/section-card';
import { isApiError } from '../../../../lib/api';
import { useCodeLabels } from '../../../../lib/labels';
import { useNotStartedReasons } from '../../../../lib/reference-data';
import { useDecideReferral } from '../../hooks/use-referral';

type DecisionValues = {
  outcome: DecisionBody['outcome'] | '';
  reason: string | null;
  decidedOn: string | null;
  note: string;
  overQuotaReason: string;
};

const FIELD_OF_ERROR_CODE: Record<string, keyof DecisionValues> = {
  DECISION_REASON_REQUIRED: 'reason',
  DECISION_REASON_UNKNOWN: 'reason',
  DECISION_BEFORE_RECEIPT: 'decidedOn',
  DECISION_IN_FUTURE: 'decidedOn',
  OVER_QUOTA_REASON_REQUIRED: 'overQuotaReason',
};

/** R4: the fast answer to the referrer: started, not started (with a reason) or waiting list. */
export function DecisionPanel({ referral }: { referral: ReferralDto }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const reasons = useNotStartedReasons();
  const decide = useDecideReferral(referral.id);
  // R4: past the crisis quota a start needs a reason. The referral may say so already (received
  // past the quota), or the server says so when the quota filled up since.
  const [quotaReached, setQuotaReached] = useState(referral.overQuota);
  const form = useForm<DecisionValues>({
    initialValues: { outcome: '', reason: null, decidedOn: todayIso(), note: '', overQuotaReason: '' },
    validate: {
      outcome: (v) => (v ? null : t('errors:validation.choice')),
      reason: (v, values) =>
        values.outcome === 'notStarted' && !v ? t('errors:DECISION_REASON_REQUIRED') : null,
      decidedOn: (v) => (v ? null : t('errors:validation.date')),
      overQuotaReason: (v, values) =>
        quotaReached && values.outcome === 'started' && !v.trim()
          ? t('decision.overQuotaReasonRequired')
          : null,
    },
  });
  const asksOverQuotaReason = quotaReached && form.values.outcome === 'started';

  const submit = form.onSubmit((values) => {
    const body: DecisionBody = {
      outcome: values.outcome as DecisionBody['outcome'],
      reason: values.outcome === 'notStarted' ? values.reason : null,
      decidedOn: values.decidedOn ?? undefined,
      note: values.note.trim() || null,
      overQuotaReason: values.outcome === 'started' ? values.overQuotaReason.trim() || null : null,
    };
    decide.mutate(body, {
      onSuccess: (referral) =>
        notifications.show({
          color: 'green',
          title: t('decision.saved'),
          message: t('decision.savedText', { reference: referral.reference }),
        }),
      onError: (error) => {
        if (!isApiError(error)) return;
        if (error.code === 'OVER_QUOTA_REASON_REQUIRED') setQuotaReached(true);
        if (error.code === 'VALIDATION_FAILED') {
          for (const problem of error.fieldProblems) form.setFieldError(problem.field, problem.message);
        }
        const field = FIELD_OF_ERROR_CODE[error.code];
        if (field) form.setFieldError(field, error.message);
      },
    });
  });

  const error = decide.error;
  const isCapReached = isApiError(error, 'FUNDING_LINE_CAP_REACHED');
  const generalError = error && !isCapReached && (!isApiError(error) || !FIELD_OF_ERROR_CODE[error.code]);

  return (
    <SectionCard title={t('decision.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {generalError ? (
            <Alert color="red" role="alert">
              {error?.message}
            </Alert>
          ) : null}
          {isCapReached ? (
            // R6: the line's cap is a hard limit; the coordinator cannot override it.
            <Alert color="red" role="alert" title={t('decision.capReachedTitle')}>
              <Text size="sm">{error.message}</Text>
              <Text size="sm" mt={4}>
                {t('decision.capReachedHint')}
              </Text>
            </Alert>
          ) : null}
          <Radio.Group
            label={t('decision.outcome')}
            required
            {...form.getInputProps('outcome')}
            onChange={(outcome) => {
              // A refusal was about the outcome tried; choosing another one starts afresh.
              decide.reset();
              form.setFieldValue('outcome', outcome as DecisionValues['outcome']);
            }}
          >
            <Stack gap="xs" mt="xs">
              {DECISION_OUTCOMES.map((outcome) => (
                <Radio key={outcome} value={outcome} label={labels.outcome(outcome)} />
              ))}
            </Stack>
          </Radio.Group>
          {form.values.outcome === 'notStarted' ? (
            <Select
              label={t('decision.reason')}
              required
              data={(reasons.data ?? []).map((r) => ({
                value: r.code,
                label: labels.reason(r.code, r.label),
              }))}
              {...form.getInputProps('reason')}
            />
          ) : null}
          {asksOverQuotaReason ? (
            <Textarea
              label={t('decision.overQuotaReason')}
              description={t('decision.overQuotaReasonHint')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('overQuotaReason')}
            />
          ) : null}
          <DateField
            label={t('decision.decidedOn')}
            required
            maxDate={todayIso()}
            minDate={referral.receivedOn}
            {...form.getInputProps('decidedOn')}
            value={form.values.decidedOn}
            onChange={(value) => form.setFieldValue('decidedOn', value)}
          />
          <Textarea label={t('decision.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button type="submit" loading={decide.isPending}>
              {t('decision.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
