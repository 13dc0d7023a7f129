import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { usePlan } from '../hooks/use-plan';
import { AgreementModal } from './agreement-modal';
import type { OwnerSuggestions } from './owner-suggestions';
import { PlanEditor } from './plan-editor';
import { PlanView } from './plan-view';
import { VersionHistory } from './version-history';

/** The family's one plan (R17): read, written with the family, agreed, printed, versioned. */
export function PlanPanel({
  familyId,
  memberNames,
  ownerSuggestions,
  printUrl,
}: {
  familyId: string;
  memberNames: string[];
  ownerSuggestions: OwnerSuggestions;
  /** The printed plan in a language; the portal serves it, the page passes its address in. */
  printUrl: (lang: string) => string;
}) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const plan = usePlan(familyId);
  const [isEditing, setEditing] = useState(false);
  const [isAgreeing, setAgreeing] = useState(false);
  return (
    <QueryState query={plan}>
      {(data) => {
        const current = data.current;
        if (isEditing)
          return (
            <PlanEditor
              familyId={familyId}
              base={current}
              ownerSuggestions={ownerSuggestions}
              onDone={() => setEditing(false)}
            />
          );
        return (
          <Stack gap="md">
            <Paper withBorder p="md" radius="md">
              <Group justify="space-between" align="flex-start">
                <Stack gap={4}>
                  {current ? (
                    <>
                      <Text fw={600}>{t('plan.currentVersion', { version: current.version })}</Text>
                      <Text size="sm" c="dimmed">
                        {t('plan.savedBy', { name: current.savedBy, at: formatDateTime(current.savedAt) })}
                      </Text>
                      {current.agreement ? (
                        <Badge color="green" variant="light" radius="sm">
                          {t('plan.agreement.agreed', {
                            date: formatDate(current.agreement.agreedOn),
                            who: current.agreement.agreedBy.join(', '),
                            how: labels.agreementMethod(current.agreement.method).toLowerCase(),
                          })}
                        </Badge>
                      ) : (
                        <Badge color="orange" variant="light" radius="sm">
                          {t('plan.agreement.notYet')}
                        </Badge>
                      )}
                      {current.mergedFrom ? (
                        <Text size="sm" maw={560}>
                          {t('family.merge.planMerged', { version: current.mergedFrom.version })}
                        </Text>
                      ) : null}
                    </>
                  ) : (
                    <Text>{t('plan.empty')}</Text>
                  )}
                </Stack>
                <Group gap="xs">
                  {current && !current.agreement ? (
                    <Button variant="light" onClick={() => setAgreeing(true)}>
                      {t('plan.agreement.record')}
                    </Button>
                  ) : null}
                  {current ? (
                    <Button
                      component="a"
                      variant="light"
                      href={printUrl(currentLocale())}
                      target="_blank"
                      rel="noopener"
                    >
                      {t('plan.print')}
                    </Button>
                  ) : null}
                  <Button onClick={() => setEditing(true)}>
                    {current ? t('plan.edit') : t('plan.start')}
                  </Button>
                </Group>
              </Group>
            </Paper>
            {current ? (
              <PlanView content={current.content} />
            ) : (
              <Alert color="blue">{t('plan.emptyHint')}</Alert>
            )}
            <VersionHistory familyId={familyId} plan={data} />
            {isAgreeing && current ? (
              <AgreementModal
                familyId={familyId}
                version={current.version}
                memberNames={memberNames}
                onClose={() => setAgreeing(false)}
              />
            ) : null}
            {current && currentLocale() !== 'nl' ? (
              <Text size="xs" c="dimmed">
                <Anchor href={printUrl('nl')} target="_blank" rel="noopener" size="xs">
                  {t('plan.printDutch')}
                </Anchor>
              </Text>
            ) : null}
          </Stack>
        );
      }}
    </QueryState>
  );
}
