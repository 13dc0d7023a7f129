import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachMatchDto, WaitingForCoachDto } from '../../../contracts/coaching';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { SectionCard } from '../../components/ui/section-card';
import { CoachesTable } from '../../features/coaching/components/coaches-table';
import { EndMatchModal } from '../../features/coaching/components/end-match-modal';
import { MatchModal } from '../../features/coaching/components/match-modal';
import { RunningMatchesTable } from '../../features/coaching/components/running-matches-table';
import { WaitingFamiliesTable } from '../../features/coaching/components/waiting-families-table';
import { useCoaches, useCoachMatches, useCoachWaitingList } from '../../features/coaching/hooks/use-coaching';
import { CoachingRefreshes } from '../refreshes/coaching-refreshes';
import { RequirePermission } from './require-permission';

type Dialog = { kind: 'match'; entry: WaitingForCoachDto } | { kind: 'end'; match: CoachMatchDto } | null;

/** R23: the central registration point — waiting families, the coaches, the running matches. */
function CoachingDesk() {
  const { t } = useTranslation();
  const waiting = useCoachWaitingList();
  const coaches = useCoaches();
  const matches = useCoachMatches();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const done = (title: string, message: string) => {
    close();
    notifications.show({ color: 'green', title, message });
  };
  const familyOf = (m: CoachMatchDto) => m.familyLabel ?? t('family.anonymous');
  return (
    <Stack gap="md">
      <SectionCard title={t('coaching.waiting.title')}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('coaching.waiting.hint')}
        </Text>
        <QueryState query={waiting}>
          {(list) => (
            <WaitingFamiliesTable list={list} onMatch={(entry) => setDialog({ kind: 'match', entry })} />
          )}
        </QueryState>
      </SectionCard>
      <SectionCard title={t('coaching.coaches.title')}>
        <QueryState query={coaches}>{(list) => <CoachesTable list={list} />}</QueryState>
      </SectionCard>
      <SectionCard title={t('coaching.matches.title')}>
        <QueryState query={matches}>
          {(list) => <RunningMatchesTable list={list} onEnd={(match) => setDialog({ kind: 'end', match })} />}
        </QueryState>
      </SectionCard>
      {dialog?.kind === 'match' ? (
        <MatchModal
          entry={dialog.entry}
          coaches={coaches.data?.coaches ?? []}
          onClose={close}
          onDone={(m) =>
            done(
              t('coaching.matchModal.savedTitle'),
              t('coaching.matchModal.saved', { family: familyOf(m), coach: m.coach.displayName }),
            )
          }
        />
      ) : null}
      {dialog?.kind === 'end' ? (
        <EndMatchModal
          match={dialog.match}
          onClose={close}
          onDone={(m) =>
            done(
              t('coaching.endModal.savedTitle'),
              t('coaching.endModal.saved', { family: familyOf(m), coach: m.coach.displayName }),
            )
          }
        />
      ) : null}
    </Stack>
  );
}

export function CoachingPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('coaching.title')} description={t('coaching.description')} />
      <RequirePermission permission="coaching:manage">
        <CoachingRefreshes>
          <CoachingDesk />
        </CoachingRefreshes>
      </RequirePermission>
    </>
  );
}
