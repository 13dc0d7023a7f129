import type { FamilySearchResultDto } from '../../../contracts/families';
import { todayIso } from '../../../domain/dates';
import { familyFileAccess } from '../../../domain/family-access';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { findMunicipalitiesByNis } from '../network';
import { findFamiliesByIds, listAssignmentsOf, listMembersOf, searchFamilyIds } from './families.repository';
import { askWhoFor } from './family-file-access';
import { familyLabel, toMemberView } from './member-view';

/**
 * "Do we know this family?" — for anyone of the team who works with families. A family one may
 * not open shows only its name, municipality and whom to ask; every result shown is audited.
 */
export async function searchFamilies(db: Db, actor: Actor, q: string): Promise<FamilySearchResultDto[]> {
  return db.transaction(async (tx) => {
    const ids = await searchFamilyIds(tx, actor.collaborationId, q);
    // R17: a merged file is found as the surviving one (its members moved there).
    const families = (await findFamiliesByIds(tx, actor.collaborationId, ids)).filter((f) => !f.mergedIntoId);
    const members = (await listMembersOf(tx, ids)).map((m) => ({ ...toMemberView(m), familyId: m.familyId }));
    const assignments = await listAssignmentsOf(tx, ids);
    const municipalities = await findMunicipalitiesByNis(
      tx,
      families.map((f) => f.municipalityNis),
    );
    const today = todayIso();
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
        childrenCount: familyMembers.filter((m) => m.role === 'child').length,
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
