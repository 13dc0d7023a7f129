import type { TypeModuleInput } from '../../../contracts/team';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { findOrganisation } from '../network';
import { insertTypeModule } from './team.repository';

export async function createTypeModule(db: Db, actor: Actor, input: TypeModuleInput) {
  return db.transaction(async (tx) => {
    if (!(await findOrganisation(tx, actor.collaborationId, input.employerOrganisationId))) {
      throw unprocessable('ORGANISATION_UNKNOWN', 'employerOrganisationId');
    }
    return insertTypeModule(tx, { collaborationId: actor.collaborationId, ...input });
  });
}
