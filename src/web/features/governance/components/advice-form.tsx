import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AdviceBody, AdviceDto } from '../../../../contracts/governance/advice';
import { ADVICE_KINDS } from '../../../../contracts/governance/advice';
import { checkAdvice } from '../../../../domain/advice';
import { isApiError } from '../../../lib/api';
import { giveAdvice } from '../api/governance-api';
import { useGovernanceMutation } from '../hooks/use-governance';

type Values = Required<{ [K in keyof AdviceBody]: K extends 'kind' ? AdviceBody['kind'] : string }>;

/** R14: positive, positive with an amendment, a principled objection (with its reasons) or a personal one. */
export function AdviceForm({
  roundId,
  memberId,
  advice,
  onDone,
}: {
  roundId: string;
  memberId: string;
  advice: AdviceDto | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useGovernanceMutation((body: AdviceBody) => giveAdvice(roundId, memberId, body));
  const form = useForm<Values>({
    initialValues: {
      kind: advice?.kind ?? 'positive',
      amendment: advice?.amendment ?? '',
      againstVisionAndValues: advice?.againstVisionAndValues ?? '',
      harmToClientsOrStakeholders: advice?.harmToClientsOrStakeholders ?? '',
      objection: advice?.objection ?? '',
      followUp: advice?.followUp ?? '',
    },
    // The same rule as the server's (src/domain/advice.ts), so the person sees it before sending.
    validate: (values) => {
      const problem = checkAdvice(values);
      return problem ? { [problem.field]: t(`errors:${problem.code}`) } : {};
    },
  });
  const submit = form.onSubmit((v) =>
    save.mutate(v, {
      onSuccess: onDone,
      onError: (error) => {
        if (isApiError(error)) for (const p of error.fieldProblems) form.setFieldError(p.field, p.message);
      },
    }),
  );
  const kind = form.values.kind;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.error && isApiError(save.error) && !save.error.fieldProblems.length ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        <Radio.Group label={t('governance.advice.kind')} required {...form.getInputProps('kind')}>
          <Stack gap="xs" mt="xs">
            {ADVICE_KINDS.map((k) => (
              <Radio
                key={k}
                value={k}
                label={t(`codes:governanceAdvice.${k}`)}
                description={t(`governance.advice.hint.${k}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {kind === 'positiveWithAmendment' ? (
          <Textarea
            label={t('governance.advice.amendment')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('amendment')}
          />
        ) : null}
        {kind === 'principledObjection' ? (
          <>
            <Textarea
              label={t('governance.advice.againstVisionAndValues')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('againstVisionAndValues')}
            />
            <Textarea
              label={t('governance.advice.harmToClientsOrStakeholders')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('harmToClientsOrStakeholders')}
            />
          </>
        ) : null}
        {kind === 'personalObjection' ? (
          <>
            <Textarea
              label={t('governance.advice.objection')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('objection')}
            />
            <Textarea
              label={t('governance.advice.followUp')}
              autosize
              minRows={2}
              {...form.getInputProps('followUp')}
            />
          </>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('governance.advice.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
