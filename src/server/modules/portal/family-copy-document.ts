// R16: a copy of the family's file (GDPR art. 15) as the family reads it, in its own language and
// plain words. Built only from the family's view, so nothing kept from the family (R28) can
// reach paper; it ends with how long the file is kept (R30).
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FamilyViewDto } from '../../../contracts/portal';
import { familyPlanDocument, formatDate, type Translate } from './family-plan-document';

function trajectoriesContent(view: FamilyViewDto, t: Translate): Content {
  if (view.trajectories.length === 0) return { text: '—' };
  return {
    ul: view.trajectories.map((tr) =>
      tr.closedOn
        ? t('app:copyPdf.trajectoryClosed', {
            kind: t(`codes:trajectoryKind.${tr.kind}`),
            from: formatDate(tr.startedOn),
            to: formatDate(tr.closedOn),
          })
        : t('app:copyPdf.trajectoryOpen', {
            kind: t(`codes:trajectoryKind.${tr.kind}`),
            from: formatDate(tr.startedOn),
          }),
    ),
    margin: [0, 2, 0, 8],
  };
}

export function familyCopyDocument(view: FamilyViewDto, t: Translate): TDocumentDefinitions {
  // The plan document carries the members, the plan, the contacts and the workers; the copy adds
  // its own title, the help the family had and how long it is all kept.
  const plan = familyPlanDocument(view, t);
  const title = t('app:copyPdf.title');
  const family = view.label ?? t('app:planPdf.ourFamily');
  const body = (Array.isArray(plan.content) ? plan.content : [plan.content]).slice(2);
  return {
    ...plan,
    info: { title: `${title} — ${family}`, author: 'eenplan', subject: title },
    header: () => ({ text: `${title} · ${family}`, style: 'running', margin: [48, 24, 48, 0] }),
    content: [
      { text: title, style: 'title' },
      { text: family, style: 'subtitle' },
      { text: t('app:copyPdf.intro'), margin: [0, 0, 0, 8] },
      ...body.slice(0, 2),
      { text: t('app:copyPdf.plan'), style: 'h2' },
      ...body.slice(2),
      { text: t('app:copyPdf.trajectories'), style: 'h2' },
      trajectoriesContent(view, t),
      { text: t('app:copyPdf.keptTitle'), style: 'h2' },
      {
        text: t('app:copyPdf.kept', {
          age: view.retention.retentionAge,
          date: formatDate(view.retention.keptUntil),
        }),
      },
      { text: t('app:copyPdf.leftOut'), style: 'muted', margin: [0, 8, 0, 0] },
    ],
  };
}
