// Family rows → the family file as the API shows it: members, the network map with the number
// of professional services still involved, and who is assigned.
import type { AssignmentDto, FamilyFileDto, NetworkMemberDto } from '../../../contracts/families';
import type { IsoDate } from '../../../domain/dates';
import { isAssignmentActive } from '../../../domain/family-access';
import type { Role } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { findPeople } from '../identity';
import { findMunicipalitiesByNis } from '../network';
import {
  type AssignmentRow,
  type FamilyFileParts,
  listMembersOf,
  listNetworkOf,
  type NetworkMemberRow,
} from './families.repository';
import type { FamilyFile } from './family-file-access';
import { familyLabel, toMemberView } from './member-view';

const isActiveOn = (row: Pick<NetworkMemberRow, 'since' | 'until'>, on: string) =>
  (!row.since || row.since <= on) && (!row.until || row.until >= on);

export function toNetworkMemberDto(row: NetworkMemberRow, today: IsoDate): NetworkMemberDto {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    relation: row.relation,
    organisation: row.organisation,
    role: row.role,
    contact: row.contact,
    since: row.since,
    until: row.until,
    note: row.note,
    isActive: isActiveOn(row, today),
    version: row.version,
  };
}

/** R21: professional services involved on a day — distinct organisations (or names) of the map. */
export function professionalServicesOn(rows: NetworkMemberRow[], on: string): number {
  const services = rows
    .filter((r) => r.kind === 'professional' && isActiveOn(r, on))
    .map((r) => (r.organisation ?? r.name).trim().toLowerCase());
  return new Set(services).size;
}

export async function toAssignmentDtos(
  tx: Executor,
  actor: Actor,
  rows: AssignmentRow[],
): Promise<AssignmentDto[]> {
  const people = new Map(
    (
      await findPeople(
        tx,
        actor.collaborationId,
        rows.map((r) => r.userId),
      )
    ).map((p) => [p.id, p]),
  );
  const today = actor.clock.today();
  return rows.map((r) => ({
    id: r.id,
    person: {
      id: r.userId,
      displayName: people.get(r.userId)?.displayName ?? '',
      roles: people.get(r.userId)?.roles ?? [],
    },
    fromOn: r.fromOn,
    toOn: r.toOn,
    isActive: isAssignmentActive(r, today),
  }));
}

export async function familyFileView(tx: Executor, actor: Actor, family: FamilyFile): Promise<FamilyFileDto> {
  const today = actor.clock.today();
  const members = (await listMembersOf(tx, [family.id])).map(toMemberView);
  const network = await listNetworkOf(tx, [family.id]);
  const municipality = (await findMunicipalitiesByNis(tx, [family.municipalityNis])).get(
    family.municipalityNis,
  );
  return {
    id: family.id,
    label: familyLabel(members),
    municipality: { nisCode: family.municipalityNis, name: municipality?.name ?? family.municipalityNis },
    primaryCareZone: municipality?.primaryCareZone ?? null,
    members,
    network: network.map((n) => toNetworkMemberDto(n, today)),
    professionalServices: professionalServicesOn(network, today),
    assignments: await toAssignmentDtos(tx, actor, family.assignments),
    access: family.relation,
    createdAt: family.createdAt.toISOString(),
  };
}

/** The family file from parts read in one query (findFamilyFileParts): no further round trip. */
export function familyFileViewOf(actor: Actor, family: FamilyFile, parts: FamilyFileParts): FamilyFileDto {
  const today = actor.clock.today();
  const members = parts.members.map(toMemberView);
  const people = new Map(parts.people.map((p) => [p.id, p]));
  return {
    id: family.id,
    label: familyLabel(members),
    municipality: {
      nisCode: family.municipalityNis,
      name: parts.municipality?.name ?? family.municipalityNis,
    },
    primaryCareZone: parts.municipality
      ? { code: parts.municipality.zoneCode, name: parts.municipality.zoneName }
      : null,
    members,
    network: parts.network.map((n) => toNetworkMemberDto(n, today)),
    professionalServices: professionalServicesOn(parts.network, today),
    assignments: family.assignments.map((r) => ({
      id: r.id,
      person: {
        id: r.userId,
        displayName: people.get(r.userId)?.displayName ?? '',
        roles: (people.get(r.userId)?.roles ?? []) as Role[],
      },
      fromOn: r.fromOn,
      toOn: r.toOn,
      isActive: isAssignmentActive(r, today),
    })),
    access: family.relation,
    createdAt: family.createdAt.toISOString(),
  };
}
