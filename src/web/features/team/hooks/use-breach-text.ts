import { useTranslation } from 'react-i18next';
import type { BreachDto, TeamResponse } from '../../../../contracts/team';
import { formatDate } from '../../../lib/format';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Who or what a breach is about, by name: a worker, a home organisation, a type module, or the team. */
export function breachSubject(team: TeamResponse, breach: BreachDto): string | null {
  if (breach.workerId) return team.workers.find((w) => w.id === breach.workerId)?.displayName ?? null;
  if (breach.typeModuleId) {
    const module = team.typeModules.find((m) => m.id === breach.typeModuleId);
    return module ? `${module.name} (${module.employerName})` : null;
  }
  if (breach.organisationId) {
    return (
      team.workers.find((w) => w.homeOrganisationId === breach.organisationId)?.homeOrganisationName ??
      team.typeModules.find((m) => m.employerOrganisationId === breach.organisationId)?.employerName ??
      null
    );
  }
  return null;
}

/**
 * R11 breaches in plain words, always naming the rule: "R11 — minder dan halftijds in het team
 * (40%)". With a subject for the summary on top: "R11 — Kobe Lievens: …".
 */
export function useBreachText() {
  const { t } = useTranslation();
  return (breach: BreachDto, subject?: string | null) => {
    const params = Object.fromEntries(
      Object.entries(breach.params).map(([k, v]) => [
        k,
        typeof v === 'string' && ISO_DATE.test(v) ? formatDate(v) : v,
      ]),
    );
    const text = t(`team.breach.${breach.code}`, { ...params, defaultValue: breach.code });
    return subject
      ? t('team.breach.withSubject', { rule: breach.rule, subject, text })
      : t('team.breach.line', { rule: breach.rule, text });
  };
}
