import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { Locale } from '../../../contracts/common';
import type { WaitingListResponse } from '../../../contracts/worklist';
import { THROUGHPUT_WINDOW_DAYS } from '../../../domain/expected-wait';
import { type CountTable, suppressSmallCounts } from '../../../domain/suppress-small-counts';

const HEADINGS: Record<Locale, Record<string, string>> = {
  nl: {
    cover: 'Over dit bestand',
    figures: 'Wachttijden',
    collaboration: 'Samenwerkingsverband',
    onDay: 'Toestand op',
    generatedAt: 'Gemaakt op',
    window: `Tempo gemeten over de laatste ${THROUGHPUT_WINDOW_DAYS} dagen`,
    privacy:
      'Zonder namen of referenties. Aantallen van 1 tot 4 gezinnen (en wat ze laat afleiden) zijn verborgen.',
    hidden: 'verborgen',
    kind: 'Soort',
    team: 'bij het team (financieringslijn)',
    followUpCare: 'vervolghulp (dienst)',
    queue: 'Lijn of dienst',
    waiting: 'Wachtend',
    medianDays: 'Mediaan dagen',
    p90Days: '90e percentiel dagen',
    longestDays: 'Langst dagen',
    leftInWindow: 'Vertrokken naar hulp (laatste kwartaal)',
    expectedDays: 'Verwachte wachttijd nieuwe aanmelding (dagen)',
    total: 'Totaal',
  },
  en: {
    cover: 'About this file',
    figures: 'Waiting times',
    collaboration: 'Collaboration',
    onDay: 'As on',
    generatedAt: 'Generated at',
    window: `Pace measured over the last ${THROUGHPUT_WINDOW_DAYS} days`,
    privacy:
      'Without names or references. Counts of 1 to 4 families (and what would reveal them) are hidden.',
    hidden: 'hidden',
    kind: 'Kind',
    team: 'for the team (funding line)',
    followUpCare: 'follow-up care (service)',
    queue: 'Line or service',
    waiting: 'Waiting',
    medianDays: 'Median days',
    p90Days: '90th percentile days',
    longestDays: 'Longest days',
    leftInWindow: 'Left for help (last quarter)',
    expectedDays: 'Expected wait for a new referral (days)',
    total: 'Total',
  },
  fr: {
    cover: 'À propos de ce fichier',
    figures: "Délais d'attente",
    collaboration: 'Partenariat',
    onDay: 'Situation au',
    generatedAt: 'Généré le',
    window: `Rythme mesuré sur les ${THROUGHPUT_WINDOW_DAYS} derniers jours`,
    privacy:
      'Sans noms ni références. Les nombres de 1 à 4 familles (et ce qui permettrait de les déduire) sont masqués.',
    hidden: 'masqué',
    kind: 'Type',
    team: "auprès de l'équipe (ligne de financement)",
    followUpCare: 'aide de suivi (service)',
    queue: 'Ligne ou service',
    waiting: 'En attente',
    medianDays: 'Jours (médiane)',
    p90Days: 'Jours (90e percentile)',
    longestDays: 'Jours (le plus long)',
    leftInWindow: "Partis vers l'aide (dernier trimestre)",
    expectedDays: "Attente prévue d'une nouvelle demande (jours)",
    total: 'Total',
  },
};

type Figures = WaitingListResponse['figures'];

/**
 * Counts of 1–4 families could point to a family once the file leaves the team (R18's export is
 * for the partners and the agency): hidden with what would reveal them (ADR 021), per column.
 */
function hiddenCells(figures: Figures, column: 'waiting' | 'leftInWindow'): Set<number | 'total'> {
  const table: CountTable = {
    cells: Object.fromEntries([
      ...figures.map((f, i) => [String(i), f[column]] as const),
      ['total', figures.reduce((sum, f) => sum + f[column], 0)],
    ]),
    sums: [{ total: 'total', parts: figures.map((_, i) => String(i)) }],
  };
  const { hidden } = suppressSmallCounts(table);
  return new Set([...hidden].map((id) => (id === 'total' ? 'total' : Number(id))));
}

/** R18, issue 14 point 2: the waiting list's figures as a workbook — a cover sheet and the figures. */
export async function waitingListWorkbook(
  list: Pick<WaitingListResponse, 'today' | 'figures'>,
  context: { collaboration: string; generatedAt: Date; locale: Locale },
): Promise<Buffer> {
  const h = HEADINGS[context.locale];
  const hiddenWaiting = hiddenCells(list.figures, 'waiting');
  const hiddenLeft = hiddenCells(list.figures, 'leftInWindow');
  const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
  const cover: Row[] = [
    [bold(h.cover as string)],
    [h.collaboration as string, context.collaboration],
    [h.onDay as string, { value: new Date(`${list.today}T00:00:00Z`), format: 'dd/mm/yyyy' }],
    [h.generatedAt as string, { value: context.generatedAt, format: 'dd/mm/yyyy hh:mm' }],
    [h.window as string],
    [h.privacy as string],
  ];
  const header: Row = [
    'kind',
    'queue',
    'waiting',
    'medianDays',
    'p90Days',
    'longestDays',
    'leftInWindow',
    'expectedDays',
  ].map((k) => bold(h[k] as string));
  const hidden = h.hidden as string;
  const rows: Row[] = list.figures.map((f, i) => {
    const secret = hiddenWaiting.has(i);
    const days = (value: number | null) => (secret ? hidden : value);
    // The expected wait is worked out from both counts: it would give either away.
    const expected = secret || hiddenLeft.has(i) ? hidden : f.expectedDays;
    return [
      h[f.kind] as string,
      f.queue,
      secret ? hidden : f.waiting,
      days(f.medianDays),
      days(f.p90Days),
      days(f.longestDays),
      hiddenLeft.has(i) ? hidden : f.leftInWindow,
      expected,
    ];
  });
  const total: Row = [
    bold(h.total as string),
    null,
    hiddenWaiting.has('total') ? hidden : list.figures.reduce((sum, f) => sum + f.waiting, 0),
    null,
    null,
    null,
    hiddenLeft.has('total') ? hidden : list.figures.reduce((sum, f) => sum + f.leftInWindow, 0),
    null,
  ];
  return writeXlsxFile(
    [
      { data: cover, sheet: h.cover as string, columns: [{ width: 40 }, { width: 40 }] },
      {
        data: [header, ...rows, total],
        sheet: h.figures as string,
        columns: [{ width: 32 }, { width: 36 }, ...Array(6).fill({ width: 18 })],
      },
    ],
    {},
  ).toBuffer();
}
