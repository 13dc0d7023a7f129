// The family plan as a document the family takes home: their goals in their own words first,
// plain language, no codes. Built only from the family's view, so nothing kept from the family
// (R28) can reach paper.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PlanContentDto } from '../../../contracts/plans';
import type { FamilyViewDto } from '../../../contracts/portal';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

const BLUE = '#1c4f8a';
const GREY = '#555555';

export const formatDate = (iso: string | null | undefined) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';

function memberLine(m: FamilyViewDto['members'][number], t: Translate): string {
  const name = [m.givenName, m.familyName].filter(Boolean).join(' ') || t(`codes:memberRole.${m.role}`);
  const date = m.birthDate
    ? t('app:planPdf.born', { date: formatDate(m.birthDate) })
    : m.dueDate
      ? t('app:planPdf.due', { date: formatDate(m.dueDate) })
      : '';
  return [name, t(`codes:memberRole.${m.role}`).toLowerCase(), date].filter(Boolean).join(' · ');
}

function table(headers: string[], rows: string[][], widths: (string | number)[]): Content {
  return {
    table: {
      headerRows: 1,
      widths,
      body: [headers.map((h) => ({ text: h, style: 'th' })), ...rows.map((r) => r.map((c) => ({ text: c })))],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 8],
  };
}

function goalsContent(plan: PlanContentDto, t: Translate): Content[] {
  const helpPlans = new Map(plan.helpPlans.map((h) => [h.id, h]));
  return plan.goals.map((goal, index) => {
    const evaluations = plan.evaluations.filter((e) => e.goalId === goal.id);
    const from = goal.helpPlanId ? helpPlans.get(goal.helpPlanId) : undefined;
    return {
      stack: [
        { text: `${index + 1}. ${goal.familyWords}`, style: 'goal' },
        goal.professionalWording
          ? { text: t('app:planPdf.professionalWording', { text: goal.professionalWording }), style: 'muted' }
          : '',
        {
          text: [
            t('app:planPdf.status', { status: t(`codes:goalStatus.${goal.status}`) }),
            from ? ` · ${t('app:planPdf.fromHelpPlan', { organisation: from.organisation })}` : '',
          ].join(''),
          style: 'muted',
        },
        evaluations.length > 0
          ? table(
              [t('app:planPdf.date'), t('app:planPdf.by'), t('app:planPdf.scale'), t('app:planPdf.note')],
              evaluations.map((e) => [
                formatDate(e.on),
                t(`codes:evaluator.${e.by}`),
                `${e.scale}/10`,
                e.note ?? '',
              ]),
              [60, 70, 40, '*'],
            )
          : '',
      ],
      margin: [0, 0, 0, 8],
      unbreakable: evaluations.length < 6,
    } as Content;
  });
}

function planContent(view: FamilyViewDto, t: Translate): Content[] {
  const current = view.plan;
  if (!current) return [{ text: t('app:planPdf.noPlan'), style: 'muted', margin: [0, 8, 0, 8] }];
  const plan = current.content;
  const goals = new Map(plan.goals.map((g, i) => [g.id, `${i + 1}`]));
  const agreement = current.agreement;
  const list = (items: { text: string }[]): Content =>
    items.length > 0
      ? { ul: items.map((i) => i.text), margin: [0, 2, 0, 8] }
      : { text: '—', margin: [0, 2, 0, 8] };
  return [
    {
      text: agreement
        ? t('app:planPdf.agreed', {
            version: current.version,
            date: formatDate(agreement.agreedOn),
            who: agreement.agreedBy.join(', '),
            how: t(`codes:agreementMethod.${agreement.method}`).toLowerCase(),
          })
        : t('app:planPdf.notAgreed', {
            version: current.version,
            date: formatDate(current.savedAt.slice(0, 10)),
          }),
      style: 'muted',
      margin: [0, 0, 0, 6],
    },
    { text: t('app:planPdf.goals'), style: 'h2' },
    ...(plan.goals.length > 0 ? goalsContent(plan, t) : [{ text: '—' }]),
    { text: t('app:planPdf.strengths'), style: 'h2' },
    list(plan.strengths),
    { text: t('app:planPdf.worries'), style: 'h2' },
    list(plan.worries),
    { text: t('app:planPdf.actions'), style: 'h2' },
    plan.actions.length > 0
      ? table(
          [
            t('app:planPdf.what'),
            t('app:planPdf.goal'),
            t('app:planPdf.who'),
            t('app:planPdf.when'),
            t('app:planPdf.done'),
          ],
          plan.actions.map((a) => [
            a.description,
            a.goalId ? (goals.get(a.goalId) ?? '') : '',
            a.owner.name,
            formatDate(a.dueOn),
            a.doneOn ? formatDate(a.doneOn) : '',
          ]),
          ['*', 30, 110, 60, 60],
        )
      : { text: '—' },
    ...(plan.helpPlans.length > 0
      ? [
          { text: t('app:planPdf.helpPlans'), style: 'h2' },
          list(plan.helpPlans.map((h) => ({ text: `${h.organisation}: ${h.title}` }))),
        ]
      : []),
  ];
}

export function familyPlanDocument(view: FamilyViewDto, t: Translate): TDocumentDefinitions {
  const title = t('app:planPdf.title');
  const family = view.label ?? t('app:planPdf.ourFamily');
  return {
    info: { title: `${title} — ${family}`, author: 'eenplan', subject: title },
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25 },
    header: () => ({ text: `${title} · ${family}`, style: 'running', margin: [48, 24, 48, 0] }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: t('app:planPdf.printedOn', { date: formatDate(view.printedOn) }), style: 'running' },
        { text: t('app:planPdf.page', { page, pages }), style: 'running', alignment: 'right' },
      ],
      margin: [48, 16, 48, 0],
    }),
    content: [
      { text: title, style: 'title' },
      { text: family, style: 'subtitle' },
      { text: t('app:planPdf.members'), style: 'h2' },
      { ul: view.members.map((m) => memberLine(m, t)), margin: [0, 2, 0, 8] },
      ...planContent(view, t),
      { text: t('app:planPdf.contacts'), style: 'h2' },
      view.contacts.length > 0
        ? table(
            [t('app:planPdf.date'), t('app:planPdf.kind'), t('app:planPdf.note')],
            view.contacts.map((c) => [
              formatDate(c.occurredOn),
              t(`codes:contactKind.${c.kind}`),
              c.note ?? '',
            ]),
            [60, 110, '*'],
          )
        : { text: '—' },
      {
        text: view.workers.length > 0 ? t('app:planPdf.workers', { names: view.workers.join(', ') }) : '',
        style: 'muted',
        margin: [0, 12, 0, 0],
      },
    ],
    styles: {
      title: { fontSize: 22, bold: true, color: BLUE },
      subtitle: { fontSize: 14, margin: [0, 2, 0, 10] },
      h2: { fontSize: 13, bold: true, color: BLUE, margin: [0, 10, 0, 4] },
      goal: { fontSize: 11, bold: true },
      muted: { color: GREY, italics: false },
      th: { bold: true, color: GREY },
      running: { fontSize: 8, color: GREY },
    },
  };
}
