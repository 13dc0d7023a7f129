import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../../../contracts/common';
import type { FiguresResponse } from '../../../contracts/reports';
import { translate } from '../../platform/i18n/translate';

const SECTIONS: { key: keyof FiguresResponse; codes?: string }[] = [
  { key: 'receivedByMonth' },
  { key: 'notStartedByReason', codes: 'reason' },
  { key: 'byRegistrantKind', codes: 'organisationKind' },
  { key: 'byReferredThrough', codes: 'organisationKind' },
  { key: 'byPrimaryCareZone' },
];

const HEADINGS: Record<Locale, Record<string, string>> = {
  nl: {
    figure: 'cijfer',
    key: 'sleutel',
    label: 'omschrijving',
    value: 'waarde',
    received: 'aangemeld',
    started: 'opgestart',
    notStarted: 'niet opgestart',
    waiting: 'wachtlijst',
    open: 'te beslissen',
    medianDays: 'mediaan dagen tot antwoord',
    p90Days: 'p90 dagen tot antwoord',
    receivedByMonth: 'aangemeld per maand',
    notStartedByReason: 'niet opgestart per reden',
    byRegistrantKind: 'per aanmelder',
    byReferredThrough: 'via partner/initiatief',
    byPrimaryCareZone: 'per eerstelijnszone',
    lineBudget: 'budget van de lijn (eurocent)',
    lineCommitted: 'vastgelegd op de lijn (eurocent)',
    lineSpent: 'uitgegeven op de lijn (eurocent)',
    lineLeft: 'over op de lijn (eurocent)',
    lineStarted: 'opgestart op de lijn in het jaar',
    lineTarget: 'verwacht aantal trajecten',
    lineCap: 'maximum aantal trajecten',
    lineSignals: 'signalen boven quotum in het jaar',
  },
  en: {
    figure: 'figure',
    key: 'key',
    label: 'label',
    value: 'value',
    received: 'received',
    started: 'started',
    notStarted: 'not started',
    waiting: 'waiting list',
    open: 'to decide',
    medianDays: 'median days to answer',
    p90Days: 'p90 days to answer',
    receivedByMonth: 'received per month',
    notStartedByReason: 'not started by reason',
    byRegistrantKind: 'by registrant',
    byReferredThrough: 'came through',
    byPrimaryCareZone: 'by primary-care zone',
    lineBudget: 'line budget (euro cents)',
    lineCommitted: 'committed on the line (euro cents)',
    lineSpent: 'spent on the line (euro cents)',
    lineLeft: 'left on the line (euro cents)',
    lineStarted: 'started on the line in the year',
    lineTarget: 'trajectories expected',
    lineCap: 'trajectories at most',
    lineSignals: 'over-quota signals in the year',
  },
  fr: {
    figure: 'chiffre',
    key: 'clé',
    label: 'libellé',
    value: 'valeur',
    received: 'reçus',
    started: 'démarrés',
    notStarted: 'non démarrés',
    waiting: "liste d'attente",
    open: 'à décider',
    medianDays: 'médiane jours de réponse',
    p90Days: 'p90 jours de réponse',
    receivedByMonth: 'reçus par mois',
    notStartedByReason: 'non démarrés par motif',
    byRegistrantKind: 'par orienteur',
    byReferredThrough: 'via partenaire',
    byPrimaryCareZone: 'par zone de première ligne',
    lineBudget: 'budget de la ligne (centimes)',
    lineCommitted: 'engagé sur la ligne (centimes)',
    lineSpent: 'dépensé sur la ligne (centimes)',
    lineLeft: 'restant sur la ligne (centimes)',
    lineStarted: "démarrés sur la ligne dans l'année",
    lineTarget: 'trajets attendus',
    lineCap: 'trajets au maximum',
    lineSignals: "signaux au-delà du quota dans l'année",
  },
};

/** One row per figure (figure, key, label, value): opens cleanly in a spreadsheet, ";"-free. */
export function figuresToCsv(figures: FiguresResponse, locale: Locale): string {
  const h = HEADINGS[locale];
  // Hidden counts read x, as in the tables of statistical offices (a hidden count may be large).
  const value = (v: number | null) => (v === null ? 'x' : String(v));
  const rows: string[][] = [[h.figure as string, h.key as string, h.label as string, h.value as string]];
  for (const key of ['received', 'started', 'notStarted', 'waiting', 'open'] as const) {
    rows.push([h[key] as string, key, '', value(figures[key])]);
  }
  rows.push([
    h.medianDays as string,
    'timeToAnswerDays.median',
    '',
    String(figures.timeToAnswerDays.median ?? ''),
  ]);
  rows.push([h.p90Days as string, 'timeToAnswerDays.p90', '', String(figures.timeToAnswerDays.p90 ?? '')]);
  for (const section of SECTIONS) {
    for (const [k, v] of Object.entries(figures[section.key] as Record<string, number | null>)) {
      const label = section.codes
        ? translate(locale, `codes:${section.codes}.${k}`, { defaultValue: k })
        : section.key === 'byPrimaryCareZone'
          ? (figures.zoneNames[k] ?? k)
          : k;
      rows.push([h[section.key] as string, k, label, value(v)]);
    }
  }
  // Figures of one line: its money and quota use in the year (label: the year).
  const line = figures.lineUse;
  if (line) {
    const year = String(line.year);
    const lineRows: [string, string, number | null][] = [
      ['lineBudget', 'budgetCents', line.budgetCents],
      ['lineCommitted', 'committedCents', line.committedCents],
      ['lineSpent', 'spentCents', line.spentCents],
      ['lineLeft', 'leftCents', line.leftCents],
      ['lineStarted', 'started', line.started],
      ['lineTarget', 'targetTrajectories', line.targetTrajectories],
      ['lineCap', 'capTrajectories', line.capTrajectories],
      ['lineSignals', 'overQuotaSignals', line.overQuotaSignals],
    ];
    for (const [heading, key, v] of lineRows) {
      if (v !== null) rows.push([h[heading] as string, `lineUse.${key}`, year, String(v)]);
    }
  }
  // A byte-order mark so Excel opens the UTF-8 (é, ë) correctly.
  return `\uFEFF${stringify(rows)}`;
}
