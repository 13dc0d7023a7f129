import type { FamilyFileDto } from '../../../../contracts/families';
import type { OwnerKind } from '../../../../domain/family-plan';
import { personName } from '../../../lib/journey-labels';

export type OwnerSuggestions = Record<OwnerKind, string[]>;

const distinct = (names: (string | null)[]) => [...new Set(names.filter((n): n is string => !!n?.trim()))];

/**
 * Who can own an action, by the kind of owner chosen: a family member is one of the members, the
 * network its informal people, a professional one of the services around the family or a worker
 * assigned to it, an organisation one of the services' organisations. Offering a family member
 * when "professional" is chosen invites a wrong plan.
 */
export function ownerSuggestionsOf(file: FamilyFileDto): OwnerSuggestions {
  const network = file.network.filter((n) => n.isActive);
  return {
    familyMember: distinct(file.members.map(personName)),
    network: distinct(network.filter((n) => n.kind === 'informal').map((n) => n.name)),
    professional: distinct([
      ...network.filter((n) => n.kind === 'professional').map((n) => n.name),
      ...file.assignments.filter((a) => a.isActive).map((a) => a.person.displayName),
    ]),
    organisation: distinct(network.map((n) => n.organisation)),
  };
}
