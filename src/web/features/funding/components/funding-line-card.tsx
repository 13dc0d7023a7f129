import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingLineOverviewDto } from '../../../../contracts/funding';
import { residualForPilots } from '../../../../domain/line-money';
import { formatDate } from '../../../lib/format';
import { minutesToHoursInput } from '../../../lib/hours';
import { useCodeLabels } from '../../../lib/labels';
import { useEuro } from '../../../lib/use-euro';
import { MoneyBar } from './money-bar';

export type LineAction = 'year' | 'spending' | 'pilot' | 'ledger';

type FundingLineCardProps = {
  line: FundingLineOverviewDto;
  isYearClosed: boolean;
  canManage: boolean;
  onAction: (action: LineAction, line: FundingLineOverviewDto) => void;
};

function Figure({ label, children, strong }: { label: string; children: ReactNode; strong?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : 500} component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** What is still free of a closed year, after the pilots already paid from it (R12). */
export function residualOf(line: FundingLineOverviewDto): number {
  return residualForPilots(line, line.pilotsCents);
}

function Trajectories({ line }: { line: FundingLineOverviewDto }) {
  const { t } = useTranslation();
  const { euro } = useEuro();
  const limit = line.capTrajectories ?? line.targetTrajectories;
  if (limit === null && line.started === 0 && line.overQuotaSignals === 0) return null;
  const isCap = line.capTrajectories !== null;
  const isFull = limit !== null && line.started >= limit;
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">
        {limit === null
          ? t('funding.line.startedCount', { count: line.started })
          : t(isCap ? 'funding.line.startedOfCap' : 'funding.line.startedOfTarget', {
              started: line.started,
              limit,
            })}
      </Text>
      {isFull ? (
        <Badge color={isCap ? 'red.9' : 'orange'} variant={isCap ? 'filled' : 'light'} radius="sm">
          {isCap ? t('funding.line.capReached') : t('funding.line.quotaReached')}
        </Badge>
      ) : null}
      {line.pricePerTrajectoryCents !== null ? (
        <Text size="sm" c="dimmed">
          {t('funding.line.pricePer', { amount: euro(line.pricePerTrajectoryCents) })}
          {line.startsCommittedCents !== null
            ? `, ${t('funding.line.startsCommitted', { amount: euro(line.startsCommittedCents) })}`
            : null}
        </Text>
      ) : null}
      {line.targetTrajectories !== null || line.overQuotaSignals > 0 ? (
        <Text
          size="sm"
          c={line.overQuotaSignals > 0 ? 'orange.9' : 'dimmed'}
          fw={line.overQuotaSignals > 0 ? 600 : 400}
        >
          {t('funding.line.overQuotaSignals', { count: line.overQuotaSignals })}
        </Text>
      ) : null}
    </Group>
  );
}

/** R5: the family-care hours of the year, what the project paid and what went on without it. */
function CareHours({ care }: { care: NonNullable<FundingLineOverviewDto['careMinutes']> }) {
  const { t } = useTranslation();
  const hours = (minutes: number) =>
    t('funding.line.careHoursValue', { value: minutesToHoursInput(minutes) });
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {t('funding.line.careHours')}
      </Title>
      <SimpleGrid cols={2} spacing="sm" component="dl" m={0}>
        <Figure label={t('funding.line.careProject')} strong>
          {hours(care.projectMinutes)}
        </Figure>
        <Figure label={t('funding.line.careOther')}>{hours(care.otherMinutes)}</Figure>
      </SimpleGrid>
    </Stack>
  );
}

export function FundingLineCard({ line, isYearClosed, canManage, onAction }: FundingLineCardProps) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const { euro } = useEuro();
  const titleId = useId();
  const name = labels.fundingLine(line.code, line.name);
  const residual = residualOf(line);
  const categories = Object.entries(line.spentByCategory).filter(([, cents]) => cents > 0);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId} h="100%">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id={titleId}>
            {name}
          </Title>
          <Group gap={6}>
            {line.hasEnded ? (
              <Badge color="gray" variant="filled" radius="sm">
                {t('funding.line.ended', { date: formatDate(line.endsOn) })}
              </Badge>
            ) : line.endsOn ? (
              <Badge color="orange" variant={line.isEndingSoon ? 'filled' : 'light'} radius="sm">
                {t('funding.line.endsOn', { date: formatDate(line.endsOn) })}
              </Badge>
            ) : null}
          </Group>
        </Group>
        {line.isEndingSoon ? (
          <Text size="sm" c="orange.9">
            {t('funding.line.endingSoon')}
          </Text>
        ) : null}

        {line.budgetCents > 0 || line.spentCents > 0 || line.committedCents > 0 ? (
          <MoneyBar
            label={name}
            budgetCents={line.budgetCents}
            spentCents={line.spentCents}
            committedCents={line.committedCents}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('funding.line.noBudget')}
          </Text>
        )}

        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
          <Figure label={t('funding.line.budget')} strong>
            {euro(line.budgetCents)}
          </Figure>
          <Figure label={t('funding.line.committed')}>{euro(line.committedCents)}</Figure>
          <Figure label={t('funding.line.spent')}>{euro(line.spentCents)}</Figure>
          <Figure label={isYearClosed ? t('funding.line.residual') : t('funding.line.left')} strong>
            {euro(line.leftCents)}
          </Figure>
          {isYearClosed ? <Figure label={t('funding.line.toPilots')}>{euro(line.pilotsCents)}</Figure> : null}
        </SimpleGrid>

        <Trajectories line={line} />

        {line.careMinutes ? <CareHours care={line.careMinutes} /> : null}

        {line.competence ? (
          <Stack gap="xs">
            <Title order={3} size="h6">
              {t('funding.line.competence')}
            </Title>
            <MoneyBar
              label={t('funding.line.coordination')}
              budgetCents={line.competence.coordination.budgetCents}
              spentCents={line.competence.coordination.spentCents}
              showLabel
            />
            <MoneyBar
              label={t('funding.line.training')}
              budgetCents={line.competence.training.budgetCents}
              spentCents={line.competence.training.spentCents}
              showLabel
            />
          </Stack>
        ) : null}

        {categories.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('funding.line.byCategory')}{' '}
            {categories
              .map(([c, cents]) => `${t(`funding.categories.${c}`, { defaultValue: c })} ${euro(cents)}`)
              .join(' · ')}
          </Text>
        ) : null}

        <Group gap="xs" mt="auto">
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => onAction('ledger', line)}
            aria-label={t('funding.actions.ledgerOf', { name })}
          >
            {t('funding.actions.ledger')}
          </Button>
          {canManage ? (
            <>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => onAction('year', line)}
                aria-label={t('funding.actions.yearOf', { name })}
              >
                {t('funding.actions.year')}
              </Button>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => onAction('spending', line)}
                aria-label={t('funding.actions.spendingOf', { name })}
              >
                {t('funding.actions.spending')}
              </Button>
              {isYearClosed && residual > 0 ? (
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => onAction('pilot', line)}
                  aria-label={t('funding.actions.pilotOf', { name })}
                >
                  {t('funding.actions.pilot')}
                </Button>
              ) : null}
            </>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
