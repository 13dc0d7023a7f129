import { useTranslation } from 'react-i18next';
import type { CaseloadWorkerDto } from '../../../../contracts/team';
import { formatNumber } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';

/** "2 gezinnen, 3 open trajecten · 1,5 per VTE (80%)": a worker's load as R10 weighs it. */
export function useLoadText() {
  const { t } = useTranslation();
  return (w: Pick<CaseloadWorkerDto, 'families' | 'openTrajectories' | 'perFte' | 'fteTeam'>) =>
    t('team.caseload.load', {
      families: t('team.caseload.familiesCount', { count: w.families }),
      open: t('team.caseload.openCount', { count: w.openTrajectories }),
      perFte: w.perFte === null ? '—' : formatNumber(w.perFte, currentLocale(), 1),
      fte: w.fteTeam,
    });
}
