import type { FamilySearchQuery, FamilySearchResultDto } from '../../../contracts/families';
import { familyFileAccess } from '../../../domain/family-access';
import { missingIdentification } from '../../../domain/family-identification';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findMunicipalitiesByNis } from '../network';
import {
  findFamiliesByIds,
  findFamilyIdsByIdentification,
  listAssignmentsOf,
  listMembersOf,
} from './families.repository';
import { askWhoFor } from './family-file-access';
import { familyLabel, toMemberView } from './member-view';

/**
 * "Do we know this family?" — for anyone of the team who works with families, like a referral
 * index: only for the full surname with a municipality or a member's birth year (never a
 * fragment, so nobody browses families). A family one may not open shows only its name,
 * municipality and whom to ask; every result shown is audited. Own lists: my families, caseload.
 */
export async function searchFamilies(
  db: Db,
  actor: Actor,
  query: FamilySearchQuery,
): Promise<FamilySearchResultDto[]> {
  const missing = missingIdentification(query);
  if (missing) throw unprocessable('FAMILY_SEARCH_NOT_EXACT', missing);
  return db.transaction(async (tx) => {
    const ids = await findFamilyIdsByIdentification(tx, actor.collaborationId, query);
    // R17: a merged file is found as the surviving one (its members moved there).
    const families = (await findFamiliesByIds(tx, actor.collaborationId, ids)).filter((f) => !f.mergedIntoId);
    const members = (await listMembersOf(tx, ids)).map((m) => ({ ...toMemberView(m), familyId: m.familyId }));
    const assignments = await listAssignmentsOf(tx, ids);
    const municipalities = await findMunicipalitiesByNis(
      tx,
      families.map((f) => f.municipalityNis),
    );
    const today = actor.clock.today();
    const results: FamilySearchResultDto[] = [];
    for (const family of families) {
      const own = assignments.filter((a) => a.familyId === family.id);
      const access = familyFileAccess({ roles: actor.roles, userId: actor.userId, assignments: own, today });
      if (access === 'none') continue;
      const familyMembers = members.filter((m) => m.familyId === family.id);
      results.push({
        id: family.id,
        label: familyLabel(familyMembers),
        municipality: municipalities.get(family.municipalityNis)?.name ?? family.municipalityNis,
        childrenCount: access === 'full' ? familyMembers.filter((m) => m.role === 'child').length : null,
        access,
        askWho: await askWhoFor(tx, actor, own, today),
      });
    }
    await recordAudit(
      tx,
      actor,
      results.map((r) => ({
        action: 'list' as const,
        entityType: 'family' as const,
        entityId: r.id,
        familyId: r.id,
        details: { view: r.access === 'full' ? 'search' : 'searchLimited' },
      })),
    );
    return results.sort((a, b) => (a.label ?? '').localeCompare(b.label ?? ''));
  });
}
