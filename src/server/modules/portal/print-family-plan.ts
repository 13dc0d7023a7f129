import type { Locale } from '../../../contracts/common';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { translate } from '../../platform/i18n/translate';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { familyPlanDocument } from './family-plan-document';
import { familyViewOf } from './get-family-view';
import { renderPdf } from './render-pdf';

/** The family plan as a PDF for the family to take home, Dutch unless asked otherwise. */
export async function printFamilyPlan(
  db: Db,
  actor: Actor,
  familyId: string,
  locale: Locale,
): Promise<{ pdf: Buffer; fileName: string }> {
  const view = await inFamilyFile(db, actor, familyId, async (tx, family) => {
    const familyView = await familyViewOf(tx, actor, family);
    // A copy leaves the system: recorded like a read, as a print of this version.
    await recordAudit(tx, actor, {
      action: 'print',
      entityType: 'familyPlan',
      entityId: family.id,
      familyId: family.id,
      details: { version: familyView.plan?.version ?? null, locale },
    });
    return familyView;
  });
  const pdf = await renderPdf(familyPlanDocument(view, (key, params) => translate(locale, key, params)));
  const name = (view.label ?? 'gezin')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    pdf,
    fileName: `gezinsplan-${name.toLowerCase()}${view.plan ? `-v${view.plan.version}` : ''}.pdf`,
  };
}
