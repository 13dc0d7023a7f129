import type { Executor } from '../../platform/db/database';
import { listOrganisations } from '../network';

/** A partner as the social map names it. */
export type Partner = { name: string; isActive: boolean };

/**
 * The collaboration's partners by id (a few dozen rows): the map shows their names, finds them by
 * name and leaves out the offers of partners that stopped. The network room owns the table.
 */
export async function partnersOf(db: Executor, collaborationId: string): Promise<Map<string, Partner>> {
  const rows = await listOrganisations(db, collaborationId);
  return new Map(rows.map((o) => [o.id, { name: o.name, isActive: o.isActive }]));
}

export function partnerOf(partners: Map<string, Partner>, id: string): Partner {
  return partners.get(id) ?? { name: '', isActive: false };
}
