// R16 (GDPR art. 15, 20): a copy of the family's file — as PDF in the reader's language, or as
// the family's own data in JSON — built from exactly what the family may see (the family view:
// nothing marked R28). Taking a copy is audited like a read: what left the system, in which form.
import type { Locale } from '../../../contracts/common';
import { FAMILY_COPY_FORMAT, type FamilyCopyDto, type FamilyViewDto } from '../../../contracts/portal';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { translate } from '../../platform/i18n/translate';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { familyCopyDocument } from './family-copy-document';
import { familyViewOf } from './get-family-view';
import { type FamilyActor, inOwnFamily } from './own-family';
import { renderPdf } from './render-pdf';

type CopyFormat = 'pdf' | 'json';

/** The worker takes the copy for the family (family:read and the file's door, ADR 010). */
async function copyViewForWorker(db: Db, actor: Actor, familyId: string, format: CopyFormat, locale: Locale) {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const view = await familyViewOf(tx, actor, family);
    await recordAudit(tx, actor, {
      action: 'copy',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { format, locale, takenBy: 'worker' },
    });
    return view;
  });
}

export function toFamilyCopy(view: FamilyViewDto): FamilyCopyDto {
  const { printedOn, ...rest } = view;
  return { format: FAMILY_COPY_FORMAT, formatVersion: 1, createdOn: printedOn, ...rest };
}

export async function familyCopyPdf(
  view: FamilyViewDto,
  locale: Locale,
): Promise<{ pdf: Buffer; fileName: string }> {
  const pdf = await renderPdf(familyCopyDocument(view, (key, params) => translate(locale, key, params)));
  return { pdf, fileName: `dossier-${view.printedOn}.pdf` };
}

export async function copyFamilyFileAsPdf(db: Db, actor: Actor, familyId: string, locale: Locale) {
  return familyCopyPdf(await copyViewForWorker(db, actor, familyId, 'pdf', locale), locale);
}

export async function copyFamilyFileAsJson(db: Db, actor: Actor, familyId: string): Promise<FamilyCopyDto> {
  return toFamilyCopy(await copyViewForWorker(db, actor, familyId, 'json', actor.locale));
}

/**
 * The family takes its own copy in the portal (access `family`): its own file only, through its
 * own door, filtered for the signed-in member by the shared visibility rules (R27, R28).
 */
async function copyViewForFamily(db: Db, actor: FamilyActor, format: CopyFormat, locale: Locale) {
  return inOwnFamily(db, actor, 'copy', async (tx, family) => {
    const view = await familyViewOf(tx, actor, family, family.viewer);
    await recordAudit(tx, actor, {
      action: 'copy',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { format, locale, takenBy: 'family' },
    });
    return view;
  });
}

export async function copyOwnFileAsPdf(db: Db, actor: FamilyActor, locale: Locale) {
  return familyCopyPdf(await copyViewForFamily(db, actor, 'pdf', locale), locale);
}

export async function copyOwnFileAsJson(db: Db, actor: FamilyActor): Promise<FamilyCopyDto> {
  return toFamilyCopy(await copyViewForFamily(db, actor, 'json', actor.locale));
}
